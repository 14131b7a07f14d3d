import { describe, expect, it } from "vitest";
import { timelineEntries } from "@/lib/career/timeline";
import { parseIsoDate } from "@/lib/domain/dates";

const d = (iso: string) => parseIsoDate(iso)!;

describe("timelineEntries", () => {
  const entries = timelineEntries({
    rankHistory: [{ id: 1, tmt: d("2022-04-01"), kind: "REGULER", skNumber: "SK-1", skDate: d("2022-03-20"), rank: { code: "III/b", name: "Penata Muda Tingkat I" } }],
    positionHistory: [{ id: 2, tmt: d("2022-04-01"), positionName: "Analis Kepegawaian", unitName: "Bidang Mutasi", skNumber: "SK-2", skDate: d("2022-03-25") }],
    education: [{ id: 3, level: "S1", institution: "Universitas Jambi", major: "Manajemen", graduationDate: d("2014-09-01"), certificateNo: null }],
    trainings: [{ id: 4, date: d("2025-05-10"), title: "Pelatihan Analisis Jabatan", hours: 24.5, source: "TRAINING" }],
    awards: [{ id: 5, name: "Satyalancana Karya Satya X Tahun", grantor: "Presiden RI", skNumber: "KEP-5", skDate: d("2024-08-17") }],
    sanctions: [
      { id: 6, level: "SEDANG", kind: "Pemotongan tunjangan kinerja", startDate: d("2022-04-01"), endDate: null, blocksPromotion: true, skNumber: "HD-6", skDate: d("2022-03-30") },
    ],
  });

  it("lists all six kinds newest first, the SK that changes pangkat first on a shared day", () => {
    expect(entries.map((entry) => entry.kind)).toEqual(["training", "award", "rank", "position", "sanction", "education"]);
  });

  it("writes each in plain words", () => {
    const byKind = Object.fromEntries(entries.map((entry) => [entry.kind, entry]));
    expect(byKind.training?.detail).toBe("24,5 JP · pelatihan katalog");
    expect(byKind.sanction?.title).toBe("Pemotongan tunjangan kinerja (sedang)");
    expect(byKind.sanction?.detail).toBe("Berlaku sejak 1 April 2022, tanpa tanggal akhir · SK HD-6 tanggal 30 Maret 2022");
    expect(byKind.sanction?.flag).toBe("menahan kenaikan pangkat");
    expect(byKind.rank?.title).toBe("Penata Muda Tingkat I (III/b) — Kenaikan pangkat reguler");
    expect(byKind.education?.detail).toBe("Lulus 1 September 2014");
  });
});
