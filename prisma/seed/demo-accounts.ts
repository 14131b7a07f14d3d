// The demo's named accounts: printed by `npm start`, listed in the README, used by the e2e suite
// (tests/e2e/support/accounts.ts). Their NIPs are valid by lib/domain/nip.ts for the facts below.
import { dateOnly } from "../../lib/domain/dates";
import type { Role } from "../../lib/generated/prisma/enums";
import type { PersonFacts } from "./careers";
import type { FixedKey } from "./demo-org";

export const DEMO_PASSWORD = "Jenjang#2026";

export type DemoAccount = { key: FixedKey; nip: string; name: string; roles: readonly Role[]; description: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: "admin",
    nip: "197803152005011002",
    name: "Budi Santoso",
    roles: ["PEGAWAI", "ADMIN_BKD"],
    description: "Admin BKD (Analis SDM Aparatur Ahli Madya, Bidang Mutasi dan Promosi): mengelola data pegawai, unit kerja, dan jabatan.",
  },
  {
    key: "chair",
    nip: "197001012000031001",
    name: "Syamsul Bahri",
    roles: ["PEGAWAI", "TIM_PENILAI"],
    description: "Ketua Tim Penilai Kinerja (Auditor Ahli Utama, Inspektorat): meninjau dan memutus usulan kenaikan pangkat dan penempatan.",
  },
  {
    key: "supervisor",
    nip: "198205102008012003",
    name: "Sri Wahyuni",
    roles: ["PEGAWAI", "ATASAN"],
    description: "Atasan langsung (Kepala Subbidang Pengembangan Karier, BKD) dengan delapan bawahan: menyusun dan menilai SKP mereka.",
  },
  {
    key: "staff",
    nip: "199107212019031004",
    name: "Muhammad Rizki Ananda",
    roles: ["PEGAWAI"],
    description: "Pegawai (Analis SDM Aparatur Ahli Pertama, BKD), bawahan langsung Sri Wahyuni.",
  },
  {
    key: "otherStaff",
    nip: "199304122020122005",
    name: "Nurul Hidayah",
    roles: ["PEGAWAI"],
    description: "Pegawai di unit lain (Epidemiolog Kesehatan Ahli Pertama, Dinas Kesehatan) dengan atasan lain: untuk menguji batas akses.",
  },
];

/** What the generator must not draw for the named accounts; the NIP is built from these facts. */
export const DEMO_ACCOUNT_FACTS: Record<FixedKey, PersonFacts> = {
  admin: {
    gender: "MALE",
    birthDate: dateOnly(1978, 3, 15),
    serviceStart: dateOnly(2005, 1, 1),
    birthPlace: "Kediri",
    education: "S2",
    entryEducation: "S1",
    rankCode: "IV/a",
    frontTitle: null,
    backTitle: "S.Psi., M.Si.",
    degrees: { S1: { major: "Psikologi", title: "S.Psi." }, S2: { major: "Administrasi Publik", title: "M.Si." } },
    sequence: 2,
  },
  chair: {
    gender: "MALE",
    birthDate: dateOnly(1970, 1, 1),
    serviceStart: dateOnly(2000, 3, 1),
    birthPlace: "Muara Bulian",
    education: "S2",
    entryEducation: "S1",
    rankCode: "IV/d",
    frontTitle: "H.",
    backTitle: "S.E., M.Ak.",
    degrees: { S1: { major: "Akuntansi", title: "S.E." }, S2: { major: "Akuntansi", title: "M.Ak." } },
    sequence: 1,
  },
  supervisor: {
    gender: "FEMALE",
    birthDate: dateOnly(1982, 5, 10),
    serviceStart: dateOnly(2008, 1, 1),
    birthPlace: "Jambi",
    education: "S2",
    entryEducation: "S1",
    rankCode: "III/d",
    frontTitle: null,
    backTitle: "S.Psi., M.M.",
    degrees: { S1: { major: "Psikologi", title: "S.Psi." }, S2: { major: "Manajemen Sumber Daya Manusia", title: "M.M." } },
    sequence: 3,
  },
  staff: {
    gender: "MALE",
    birthDate: dateOnly(1991, 7, 21),
    serviceStart: dateOnly(2019, 3, 1),
    birthPlace: "Muara Tebo",
    education: "S1",
    rankCode: "III/b",
    frontTitle: null,
    backTitle: "S.Psi.",
    degrees: { S1: { major: "Psikologi", title: "S.Psi." } },
    sequence: 4,
  },
  otherStaff: {
    gender: "FEMALE",
    birthDate: dateOnly(1993, 4, 12),
    serviceStart: dateOnly(2020, 12, 1),
    birthPlace: "Sungai Penuh",
    education: "S1",
    rankCode: "III/b",
    frontTitle: null,
    backTitle: "S.K.M.",
    degrees: { S1: { major: "Kesehatan Masyarakat", title: "S.K.M." } },
    sequence: 5,
  },
};
