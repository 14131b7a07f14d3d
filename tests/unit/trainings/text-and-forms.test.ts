// What the person reads for a recommendation's reasons, and how the training forms read their fields.
import { describe, expect, it } from "vitest";
import { reasonText } from "@/lib/trainings/recommendation-text";
import { checkedIds, jpField } from "@/lib/trainings/fields";
import { ZDecision, ZCompletion } from "@/lib/trainings/registration-schemas";

describe("reasonText", () => {
  it.each([
    [{ kind: "BEHAVIOUR", value: "KOLABORATIF", period: "Triwulan 3 2026" }, "Perilaku Kolaboratif di bawah ekspektasi pada penilaian Triwulan 3 2026"],
    [{ kind: "BEHAVIOUR", value: "BERORIENTASI_PELAYANAN", period: "Tahunan 2025" }, "Perilaku Berorientasi Pelayanan di bawah ekspektasi pada penilaian Tahunan 2025"],
    [{ kind: "RESULT", period: "Bulan 11 2026" }, "Hasil kerja di bawah ekspektasi pada penilaian Bulan 11 2026"],
    [{ kind: "GAP", competency: "Analisis Kebijakan", target: "TARGET", required: 3, actual: 2 }, "Kesenjangan kompetensi Analisis Kebijakan: level 2 dari 3 yang disyaratkan jabatan target"],
    [{ kind: "GAP", competency: "Pengelolaan Arsip", target: "CURRENT", required: 2, actual: 1 }, "Kesenjangan kompetensi Pengelolaan Arsip: level 1 dari 2 yang disyaratkan jabatan saat ini"],
    [{ kind: "GAP", competency: "Statistik", target: "CURRENT", required: 2, actual: null }, "Kompetensi Statistik belum dinilai; jabatan saat ini mensyaratkan level 2"],
  ] as const)("%o", (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });
});

describe("form fields", () => {
  it.each([
    ["8", 8],
    ["0,5", 0.5],
    ["12.25", 12.25],
    ["500", 500],
  ])("JP %s reads as %d", (raw, value) => expect(jpField.parse(raw)).toBe(value));

  it.each(["", "0", "0,25", "500,5", "1,234", "abc", "-2"])("JP %j is refused", (raw) => expect(jpField.safeParse(raw).success).toBe(false));

  it("reads a checkbox group as a de-duplicated id list, whatever FormData gave", () => {
    expect(checkedIds.parse(undefined)).toEqual([]);
    expect(checkedIds.parse("7")).toEqual([7]);
    expect(checkedIds.parse(["7", "3", "7"])).toEqual([7, 3]);
    expect(checkedIds.safeParse(["7", "x"]).success).toBe(false);
  });

  it("needs a reason only to decline, and a certificate only to complete", () => {
    expect(ZDecision.safeParse({ decision: "APPROVE", version: "1" }).success).toBe(true);
    expect(ZDecision.safeParse({ decision: "DECLINE", reason: "", version: "1" }).success).toBe(false);
    expect(ZCompletion.safeParse({ outcome: "NOT_COMPLETED", version: "1" }).success).toBe(true);
    expect(ZCompletion.parse({ outcome: "COMPLETED", certificateNumber: " 12/A ", completedAt: "", version: "3" })).toEqual({ outcome: "COMPLETED", certificateNumber: "12/A", completedAt: null, version: 3 });
  });
});
