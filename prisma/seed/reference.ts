// Reference data every database needs: the 17 pangkat of lib/domain/ranks.ts and the agency's
// competency dictionary (kamus kompetensi), plus the appraisal settings and kurva distribusi defaults.
// Runs on every app start, so it is set-based upserts and inserts that write nothing when the rows
// already exist.
import { DEFAULT_DISTRIBUTION_RULES } from "../../lib/domain/appraisal/distribution";
import { RANKS } from "../../lib/domain/ranks";
import type { CompetencyKind } from "../../lib/generated/prisma/enums";
import type { SeedDb } from "./client";

export type CompetencyDef = { code: string; name: string; kind: CompetencyKind; maxLevel: number };

/** Codes are stable identifiers (standards refer to them); names may be reworded freely. */
export const COMPETENCIES = [
  { code: "MNJ.INTEGRITAS", name: "Integritas", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.KERJA_SAMA", name: "Kerja Sama", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.KOMUNIKASI", name: "Komunikasi", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.ORIENTASI_HASIL", name: "Orientasi pada Hasil", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.PELAYANAN_PUBLIK", name: "Pelayanan Publik", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.PENGEMBANGAN_DIRI", name: "Pengembangan Diri dan Orang Lain", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.MENGELOLA_PERUBAHAN", name: "Mengelola Perubahan", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "MNJ.PENGAMBILAN_KEPUTUSAN", name: "Pengambilan Keputusan", kind: "MANAJERIAL", maxLevel: 5 },
  { code: "SOS.PEREKAT_BANGSA", name: "Perekat Bangsa", kind: "SOSIAL_KULTURAL", maxLevel: 5 },
  { code: "TKS.MANAJEMEN_ASN", name: "Manajemen ASN", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.PERENCANAAN_ANGGARAN", name: "Perencanaan dan Penganggaran", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.KEUANGAN_DAERAH", name: "Pengelolaan Keuangan Daerah", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.ANALISIS_KEBIJAKAN", name: "Analisis Kebijakan", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.PENGADAAN", name: "Pengadaan Barang/Jasa", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.BARANG_MILIK_DAERAH", name: "Pengelolaan Barang Milik Daerah", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.KEARSIPAN", name: "Pengelolaan Arsip", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.STATISTIK", name: "Statistik", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.SISTEM_INFORMASI", name: "Sistem Informasi", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.KESEHATAN_MASYARAKAT", name: "Kesehatan Masyarakat", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.PELAYANAN_KESEHATAN", name: "Pelayanan Kesehatan", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.PENGAWASAN_INTERNAL", name: "Pengawasan Internal", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.PEMBELAJARAN", name: "Pengelolaan Pembelajaran", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.PENYULUHAN_PERTANIAN", name: "Penyuluhan Pertanian", kind: "TEKNIS", maxLevel: 5 },
  { code: "TKS.TATA_KELOLA_PEMERINTAHAN", name: "Tata Kelola Pemerintahan Daerah", kind: "TEKNIS", maxLevel: 5 },
] as const satisfies readonly CompetencyDef[];

export type CompetencyCode = (typeof COMPETENCIES)[number]["code"];

/**
 * Idempotent: inserts what is missing and rewrites a row only when it differs (the WHERE on the
 * conflict branch), so a second run writes no tuples at all. Competencies missing from the list are
 * left alone: positions may still refer to them.
 */
export async function syncReferenceData(db: SeedDb): Promise<void> {
  await db.$executeRaw`
    INSERT INTO ranks (id, code, grade, room, name)
    SELECT * FROM unnest(
      ${RANKS.map((r) => r.id)}::int[], ${RANKS.map((r) => r.code)}::text[],
      ${RANKS.map((r) => r.grade)}::smallint[], ${RANKS.map((r) => r.room)}::text[], ${RANKS.map((r) => r.name)}::text[])
    ON CONFLICT (id) DO UPDATE
      SET code = EXCLUDED.code, grade = EXCLUDED.grade, room = EXCLUDED.room, name = EXCLUDED.name
      WHERE (ranks.code, ranks.grade, ranks.room, ranks.name)
        IS DISTINCT FROM (EXCLUDED.code, EXCLUDED.grade, EXCLUDED.room, EXCLUDED.name)`;
  await db.$executeRaw`
    INSERT INTO competencies (code, name, kind, max_level)
    SELECT * FROM unnest(
      ${COMPETENCIES.map((c) => c.code)}::text[], ${COMPETENCIES.map((c) => c.name)}::text[],
      ${COMPETENCIES.map((c) => c.kind)}::"CompetencyKind"[], ${COMPETENCIES.map((c) => c.maxLevel)}::smallint[])
    ON CONFLICT (code) DO UPDATE
      SET name = EXCLUDED.name, kind = EXCLUDED.kind, max_level = EXCLUDED.max_level
      WHERE (competencies.name, competencies.kind, competencies.max_level)
        IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.max_level)`;
  await seedAppraisalDefaults(db);
}

/**
 * The appraisal settings row (id 1, column defaults) and the default kurva distribusi, only where
 * nothing exists yet: HR edits both afterwards, and a restart must never undo that. The rules are
 * checked and written under a transaction-scoped lock so two processes starting at once cannot both
 * find the table empty and insert the defaults twice.
 */
async function seedAppraisalDefaults(db: SeedDb): Promise<void> {
  await db.$executeRaw`INSERT INTO appraisal_settings (id, updated_at) VALUES (1, now()) ON CONFLICT (id) DO NOTHING`;
  const seedRules = async (tx: SeedDb) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.distribution_rules'))`;
    if (await tx.distributionRule.count()) return;
    await tx.distributionRule.createMany({ data: DEFAULT_DISTRIBUTION_RULES.map((rule) => ({ ...rule, predikats: [...rule.predikats] })) });
  };
  if ("$transaction" in db) await db.$transaction(seedRules);
  else await seedRules(db);
}

/** Competency code -> id, for writing standards. */
export async function competencyIds(db: SeedDb): Promise<Map<string, number>> {
  const rows = await db.competency.findMany({ select: { id: true, code: true } });
  return new Map(rows.map((row) => [row.code, row.id]));
}
