// What a scale batch (prisma/seed/scale.ts) gets besides its people, one part at a time, each marked
// done by an audit row (action = the part's, entity_id = the batch's root unit code SCALE-n), so a
// province seeded before a part existed gets only what it lacks (`npm run bench` asks for that).
import type pg from "pg";
import { seedScaleAppraisals } from "./scale-appraisals";
import { seedScaleDevelopment } from "./scale-development";
import { seedScaleTalent } from "./scale-talent";

type Log = (line: string) => void;
type Counts = Record<string, number>;
export type ScalePart = { action: string; label: string; seed: (client: pg.Client, rootId: number, code: string, log: Log) => Promise<Counts> };

/** In this order: the talent part draws on the appraisals' 2025 predikats. */
export const SCALE_PARTS: readonly ScalePart[] = [
  { action: "seed.scale_appraisals", label: "Penilaian kinerja", seed: (client, rootId, _code, log) => seedScaleAppraisals(client, rootId, log) },
  { action: "seed.scale_development", label: "Pengembangan kompetensi", seed: seedScaleDevelopment },
  { action: "seed.scale_talent", label: "Skor potensial", seed: (client, rootId) => seedScaleTalent(client, rootId) },
];

/** One part of one batch in the caller's transaction, with its audit row. */
export async function seedPart(client: pg.Client, part: ScalePart, rootId: number, code: string, log: Log): Promise<Counts> {
  const started = Date.now();
  log(`${part.label} ${code} …`);
  const counts = await part.seed(client, rootId, code, log);
  await client.query(`INSERT INTO audit_logs (action, entity_type, entity_id, after) VALUES ($1, 'Seed', $2, $3)`, [part.action, code, JSON.stringify(counts)]);
  log(`${part.label} ${code} selesai (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return counts;
}

/**
 * Every part a batch lacks, each batch in its own transaction under the seeder's advisory lock.
 * Returns the rows written per table, or null when nothing was missing.
 */
export async function fillMissingParts(client: pg.Client, lock: number, log: Log): Promise<Counts | null> {
  let total: Counts | null = null;
  for (const part of SCALE_PARTS) {
    const { rows } = await client.query<{ id: number; code: string }>(
      `SELECT u.id, u.code FROM org_units u WHERE u.code ~ '^SCALE-[0-9]+$'
         AND NOT EXISTS (SELECT 1 FROM audit_logs a WHERE a.action = $1 AND a.entity_id = u.code) ORDER BY u.id`,
      [part.action],
    );
    for (const root of rows) {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [lock]);
        const counts = await seedPart(client, part, root.id, root.code, log);
        await client.query("COMMIT");
        const sum: Counts = { ...total };
        for (const [table, n] of Object.entries(counts)) sum[table] = (sum[table] ?? 0) + n;
        total = sum;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    }
  }
  return total;
}

/** The audit actions that mark a batch complete (scripts/bench.ts asks whether any is missing). */
export const SCALE_PART_ACTIONS = SCALE_PARTS.map((part) => part.action);
