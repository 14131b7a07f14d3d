// Pemerintah Provinsi Jambi as the demo shows it: Sekretariat Daerah and eight OPD, each with two
// to four sub-units, and the posts in each unit with how many people hold them. Every position type
// and every functional jenjang appears somewhere.
import type { EducationLevel } from "../../lib/domain/education";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel, type PositionType } from "../../lib/domain/positions";
import type { FamilyKey } from "./families";

/** Keys of the fixed demo accounts (see demo-accounts.ts). */
export type FixedKey = "admin" | "chair" | "supervisor" | "staff" | "otherStaff";

export type DemoPositionSpec = {
  name: string;
  type: PositionType;
  level: FunctionalLevel | null;
  family: FamilyKey;
  grade?: number;
  holders: number;
  /** How many of the holders are PPPK; a post with PPPK holders has no minimum pangkat. */
  pppk?: number;
  vacancies?: number;
  education?: readonly EducationLevel[];
  fixed?: readonly FixedKey[];
};

export type DemoUnitSpec = {
  code: string;
  name: string;
  positions: readonly DemoPositionSpec[];
  children?: readonly DemoUnitSpec[];
  /** Unit whose officials rate this unit's staff before the parent's do (a school under its bidang). */
  raterUnit?: string;
};

type Extra = Partial<Pick<DemoPositionSpec, "grade" | "pppk" | "vacancies" | "education" | "fixed">>;

const jptMadya = (name: string): DemoPositionSpec => ({ name, type: "JPT_MADYA", level: null, family: "UMUM", grade: 17, holders: 1 });
const jpt = (name: string, family: FamilyKey = "UMUM", grade = 15): DemoPositionSpec => ({ name, type: "JPT_PRATAMA", level: null, family, grade, holders: 1 });
const admin = (name: string, family: FamilyKey = "UMUM", grade = 12): DemoPositionSpec => ({ name, type: "ADMINISTRATOR", level: null, family, grade, holders: 1 });
const pengawas = (name: string, family: FamilyKey = "UMUM", extra: Extra = {}): DemoPositionSpec => ({ name, type: "PENGAWAS", level: null, family, grade: 9, holders: 1, ...extra });
const jf = (base: string, level: FunctionalLevel, family: FamilyKey, holders: number, extra: Extra = {}): DemoPositionSpec => ({
  name: `${base} ${FUNCTIONAL_LEVEL_LABELS[level]}`,
  type: "FUNGSIONAL",
  level,
  family,
  holders,
  vacancies: 1,
  ...extra,
});
const pelaksana = (name: string, family: FamilyKey, grade: number, education: readonly EducationLevel[], holders: number, extra: Extra = {}): DemoPositionSpec => ({
  name,
  type: "PELAKSANA",
  level: null,
  family,
  grade,
  education,
  holders,
  vacancies: 1,
  ...extra,
});

const clerk = (holders: number, extra: Extra = {}) => pelaksana("Pengadministrasi Perkantoran", "UMUM", 5, ["SMA", "SMK"], holders, extra);
const reporter = (holders: number) => pelaksana("Penata Laporan Keuangan", "KEUANGAN", 7, ["D3", "S1"], holders);

/** Sekretariat of an OPD: sekretaris, kepala subbagian and the usual staff. */
function secretariat(code: string, staff: readonly DemoPositionSpec[] = []): DemoUnitSpec {
  return {
    code: `${code}.SEK`,
    name: "Sekretariat",
    positions: [admin("Sekretaris"), pengawas("Kepala Subbagian Umum dan Kepegawaian"), clerk(1), ...staff],
  };
}

export const DEMO_ROOT: DemoUnitSpec = {
  code: "PEMPROV",
  name: "Pemerintah Provinsi Jambi",
  positions: [],
  children: [
    {
      code: "SETDA",
      name: "Sekretariat Daerah",
      positions: [jptMadya("Sekretaris Daerah"), jf("Analis Kebijakan", "AHLI_UTAMA", "UMUM", 1)],
      children: [
        {
          code: "SETDA.PEM",
          name: "Biro Pemerintahan dan Otonomi Daerah",
          positions: [jpt("Kepala Biro Pemerintahan dan Otonomi Daerah", "UMUM", 14), admin("Kepala Bagian Otonomi Daerah"), pengawas("Kepala Subbagian Tata Usaha Biro"), jf("Analis Kebijakan", "AHLI_MADYA", "UMUM", 1), clerk(1)],
        },
        {
          code: "SETDA.ORG",
          name: "Biro Organisasi",
          positions: [jpt("Kepala Biro Organisasi", "UMUM", 14), admin("Kepala Bagian Kelembagaan dan Analisis Jabatan"), pengawas("Kepala Subbagian Tata Usaha Biro"), jf("Analis Kebijakan", "AHLI_MUDA", "UMUM", 1), jf("Analis Kebijakan", "AHLI_PERTAMA", "UMUM", 1), clerk(1)],
        },
        {
          code: "SETDA.UM",
          name: "Biro Umum",
          positions: [jpt("Kepala Biro Umum", "UMUM", 14), admin("Kepala Bagian Tata Usaha Pimpinan"), pengawas("Kepala Subbagian Rumah Tangga"), clerk(2, { pppk: 1 }), pelaksana("Pengelola Barang Milik Daerah", "ASET", 6, ["SMA", "D3"], 1, { pppk: 1 }), jf("Arsiparis", "PENYELIA", "ARSIP", 1), jf("Arsiparis", "MAHIR", "ARSIP", 1)],
        },
      ],
    },
    {
      code: "BKD",
      name: "Badan Kepegawaian Daerah",
      positions: [jpt("Kepala Badan Kepegawaian Daerah", "SDM")],
      children: [
        secretariat("BKD", [jf("Perencana", "AHLI_PERTAMA", "PERENCANAAN", 1), jf("Perencana", "AHLI_MUDA", "PERENCANAAN", 1), reporter(1), clerk(1), jf("Arsiparis", "TERAMPIL", "ARSIP", 1), jf("Pranata Komputer", "TERAMPIL", "TI", 2, { pppk: 1 })]),
        {
          code: "BKD.MUT",
          name: "Bidang Mutasi dan Promosi",
          positions: [admin("Kepala Bidang Mutasi dan Promosi", "SDM", 11), pengawas("Kepala Subbidang Mutasi", "SDM"), jf("Analis SDM Aparatur", "AHLI_MADYA", "SDM", 2, { fixed: ["admin"] }), jf("Analis SDM Aparatur", "AHLI_MUDA", "SDM", 1), jf("Analis SDM Aparatur", "AHLI_PERTAMA", "SDM", 1), pelaksana("Pengolah Data Kepegawaian", "SDM", 6, ["SMA", "D3"], 1), clerk(1)],
        },
        {
          code: "BKD.PKK",
          name: "Bidang Pengembangan Kompetensi dan Karier",
          positions: [admin("Kepala Bidang Pengembangan Kompetensi dan Karier", "SDM", 11), jf("Analis SDM Aparatur", "AHLI_MUDA", "SDM", 1)],
          children: [
            {
              code: "BKD.PKK.KAR",
              name: "Subbidang Pengembangan Karier",
              positions: [
                pengawas("Kepala Subbidang Pengembangan Karier", "SDM", { fixed: ["supervisor"] }),
                jf("Analis SDM Aparatur", "AHLI_PERTAMA", "SDM", 3, { fixed: ["staff"] }),
                clerk(2),
                pelaksana("Pengolah Data Kepegawaian", "SDM", 6, ["SMA", "D3"], 1),
                jf("Arsiparis", "TERAMPIL", "ARSIP", 1),
                jf("Pranata Komputer", "AHLI_PERTAMA", "TI", 1, { pppk: 1 }),
              ],
            },
            {
              code: "BKD.PKK.KOM",
              name: "Subbidang Pengembangan Kompetensi",
              positions: [pengawas("Kepala Subbidang Pengembangan Kompetensi", "SDM"), jf("Analis SDM Aparatur", "AHLI_PERTAMA", "SDM", 1), clerk(1, { pppk: 1 })],
            },
          ],
        },
      ],
    },
    {
      code: "BAPPEDA",
      name: "Badan Perencanaan Pembangunan Daerah",
      positions: [jpt("Kepala Badan Perencanaan Pembangunan Daerah", "PERENCANAAN")],
      children: [
        secretariat("BAPPEDA", [reporter(1)]),
        {
          code: "BAPPEDA.PPE",
          name: "Bidang Perencanaan, Pengendalian dan Evaluasi",
          positions: [admin("Kepala Bidang Perencanaan, Pengendalian dan Evaluasi", "PERENCANAAN", 11), jf("Perencana", "AHLI_MADYA", "PERENCANAAN", 1), jf("Perencana", "AHLI_MUDA", "PERENCANAAN", 2), jf("Perencana", "AHLI_PERTAMA", "PERENCANAAN", 2, { pppk: 1 }), jf("Statistisi", "AHLI_PERTAMA", "STATISTIK", 1)],
        },
        {
          code: "BAPPEDA.EKO",
          name: "Bidang Perekonomian dan Sumber Daya Alam",
          positions: [admin("Kepala Bidang Perekonomian dan Sumber Daya Alam", "PERENCANAAN", 11), jf("Perencana", "AHLI_MUDA", "PERENCANAAN", 1), jf("Perencana", "AHLI_PERTAMA", "PERENCANAAN", 1, { pppk: 1 })],
        },
      ],
    },
    {
      code: "DISDIK",
      name: "Dinas Pendidikan",
      positions: [jpt("Kepala Dinas Pendidikan", "PENDIDIKAN")],
      children: [
        secretariat("DISDIK", [clerk(1, { pppk: 1 }), jf("Pranata Komputer", "AHLI_PERTAMA", "TI", 1)]),
        {
          code: "DISDIK.SMA",
          name: "Bidang Pembinaan Sekolah Menengah Atas",
          positions: [admin("Kepala Bidang Pembinaan Sekolah Menengah Atas", "PENDIDIKAN", 11), jf("Pengawas Sekolah", "AHLI_MADYA", "PENDIDIKAN", 1), jf("Pengawas Sekolah", "AHLI_MUDA", "PENDIDIKAN", 1)],
        },
        {
          code: "DISDIK.SMAN1",
          name: "SMA Negeri 1 Kota Jambi",
          raterUnit: "DISDIK.SMA",
          positions: [jf("Guru", "AHLI_PERTAMA", "PENDIDIKAN", 7, { pppk: 6 }), jf("Guru", "AHLI_MUDA", "PENDIDIKAN", 3), jf("Guru", "AHLI_MADYA", "PENDIDIKAN", 2)],
        },
      ],
    },
    {
      code: "DINKES",
      name: "Dinas Kesehatan",
      positions: [jpt("Kepala Dinas Kesehatan", "KESMAS")],
      children: [
        secretariat("DINKES", [jf("Perencana", "AHLI_PERTAMA", "PERENCANAAN", 1)]),
        {
          code: "DINKES.P2P",
          name: "Bidang Pencegahan dan Pengendalian Penyakit",
          positions: [admin("Kepala Bidang Pencegahan dan Pengendalian Penyakit", "KESMAS", 11), pengawas("Kepala Seksi Surveilans dan Imunisasi", "KESMAS"), jf("Epidemiolog Kesehatan", "AHLI_PERTAMA", "KESMAS", 3, { pppk: 1, fixed: ["otherStaff"] }), jf("Epidemiolog Kesehatan", "AHLI_MUDA", "KESMAS", 1), jf("Administrator Kesehatan", "AHLI_MADYA", "KESMAS", 1), clerk(1)],
        },
        {
          code: "DINKES.LAB",
          name: "UPTD Laboratorium Kesehatan Daerah",
          positions: [admin("Kepala UPTD Laboratorium Kesehatan Daerah", "KESMAS", 11), pengawas("Kepala Subbagian Tata Usaha UPTD", "UMUM", { grade: 8 }), jf("Dokter", "AHLI_MADYA", "DOKTER", 1), jf("Dokter", "AHLI_MUDA", "DOKTER", 1), jf("Dokter", "AHLI_PERTAMA", "DOKTER", 1), jf("Pranata Laboratorium Kesehatan", "TERAMPIL", "LABORATORIUM", 2, { pppk: 1 }), jf("Pranata Laboratorium Kesehatan", "MAHIR", "LABORATORIUM", 1), jf("Perawat", "TERAMPIL", "KEPERAWATAN", 2, { pppk: 2 }), jf("Perawat", "AHLI_PERTAMA", "KEPERAWATAN", 1, { pppk: 1 }), clerk(2, { pppk: 1 })],
        },
      ],
    },
    {
      code: "BPKAD",
      name: "Badan Pengelolaan Keuangan dan Aset Daerah",
      positions: [jpt("Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "KEUANGAN")],
      children: [
        secretariat("BPKAD"),
        {
          code: "BPKAD.AKT",
          name: "Bidang Akuntansi dan Pelaporan",
          positions: [admin("Kepala Bidang Akuntansi dan Pelaporan", "KEUANGAN", 11), pengawas("Kepala Subbidang Akuntansi", "KEUANGAN"), reporter(2), jf("Analis Keuangan Pusat dan Daerah", "AHLI_PERTAMA", "KEUANGAN", 1), jf("Analis Keuangan Pusat dan Daerah", "AHLI_MUDA", "KEUANGAN", 1)],
        },
        {
          code: "BPKAD.ASET",
          name: "Bidang Pengelolaan Barang Milik Daerah",
          positions: [admin("Kepala Bidang Pengelolaan Barang Milik Daerah", "ASET", 11), pengawas("Kepala Subbidang Penatausahaan Barang Milik Daerah", "ASET"), pelaksana("Pengelola Barang Milik Daerah", "ASET", 6, ["SMA", "D3"], 2, { pppk: 1 }), jf("Pengelola Pengadaan Barang/Jasa", "AHLI_MUDA", "PENGADAAN", 1)],
        },
      ],
    },
    {
      code: "ITDA",
      name: "Inspektorat",
      positions: [jpt("Inspektur", "PENGAWASAN"), jf("Auditor", "AHLI_UTAMA", "PENGAWASAN", 1, { fixed: ["chair"], vacancies: 0 })],
      children: [
        secretariat("ITDA"),
        {
          code: "ITDA.IRBAN1",
          name: "Inspektur Pembantu Wilayah I",
          positions: [admin("Inspektur Pembantu Wilayah I", "PENGAWASAN"), jf("Auditor", "AHLI_MADYA", "PENGAWASAN", 1), jf("Auditor", "AHLI_MUDA", "PENGAWASAN", 2), jf("Auditor", "AHLI_PERTAMA", "PENGAWASAN", 2), jf("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "AHLI_PERTAMA", "UMUM", 1)],
        },
        {
          code: "ITDA.IRBAN2",
          name: "Inspektur Pembantu Wilayah II",
          positions: [admin("Inspektur Pembantu Wilayah II", "PENGAWASAN"), jf("Auditor", "AHLI_MUDA", "PENGAWASAN", 1), jf("Auditor", "AHLI_PERTAMA", "PENGAWASAN", 1), jf("Auditor", "TERAMPIL", "PENGAWASAN", 1)],
        },
      ],
    },
    {
      code: "DISKOMINFO",
      name: "Dinas Komunikasi dan Informatika",
      positions: [jpt("Kepala Dinas Komunikasi dan Informatika", "TI")],
      children: [
        secretariat("DISKOMINFO"),
        {
          code: "DISKOMINFO.APL",
          name: "Bidang Aplikasi Informatika",
          positions: [admin("Kepala Bidang Aplikasi Informatika", "TI", 11), pengawas("Kepala Seksi Pengembangan Aplikasi", "TI"), jf("Pranata Komputer", "AHLI_PERTAMA", "TI", 3, { pppk: 2 }), jf("Pranata Komputer", "AHLI_MUDA", "TI", 1), jf("Pranata Komputer", "TERAMPIL", "TI", 1), jf("Pranata Komputer", "MAHIR", "TI", 1), jf("Pranata Komputer", "PENYELIA", "TI", 1)],
        },
        {
          code: "DISKOMINFO.STAT",
          name: "Bidang Statistik dan Persandian",
          positions: [admin("Kepala Bidang Statistik dan Persandian", "STATISTIK", 11), jf("Statistisi", "AHLI_PERTAMA", "STATISTIK", 1), jf("Statistisi", "AHLI_MUDA", "STATISTIK", 1), jf("Statistisi", "TERAMPIL", "STATISTIK", 1)],
        },
      ],
    },
    {
      code: "DTPH",
      name: "Dinas Tanaman Pangan dan Hortikultura",
      positions: [jpt("Kepala Dinas Tanaman Pangan dan Hortikultura", "PERTANIAN")],
      children: [
        secretariat("DTPH"),
        {
          code: "DTPH.PENY",
          name: "Bidang Penyuluhan",
          positions: [admin("Kepala Bidang Penyuluhan", "PERTANIAN", 11), pengawas("Kepala Seksi Kelembagaan Penyuluhan", "PERTANIAN"), jf("Penyuluh Pertanian", "PEMULA", "PERTANIAN", 2, { pppk: 1 }), jf("Penyuluh Pertanian", "TERAMPIL", "PERTANIAN", 2, { pppk: 1 }), jf("Penyuluh Pertanian", "AHLI_PERTAMA", "PERTANIAN", 1, { pppk: 1 })],
        },
      ],
    },
  ],
};
