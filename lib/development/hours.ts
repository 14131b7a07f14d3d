import "server-only";
import type { DevelopmentSource, TrainingType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";

export type HourEntry = {
  employeeId: number;
  date: Date;
  /** Jam pelajaran (1 JP = 45 minutes), two decimals. */
  hours: number;
  source: DevelopmentSource;
  sourceId: number;
  type: TrainingType;
  title: string;
};

/**
 * Writes (or rewrites) the JP entry of one source in the caller's transaction: a completed
 * registration, a verified external training or a mentoring session. One row per source, so
 * recording the same completion twice never counts twice; the year is the date's.
 */
export async function recordDevelopmentHours(tx: Tx, entry: HourEntry): Promise<void> {
  const data = { ...entry, year: entry.date.getUTCFullYear() };
  await tx.developmentHour.upsert({ where: { source_sourceId: { source: entry.source, sourceId: entry.sourceId } }, create: data, update: data });
}

/** Removes a source's JP entry (a completion corrected to "not completed", a deleted session). */
export async function removeDevelopmentHours(tx: Tx, source: DevelopmentSource, sourceId: number): Promise<void> {
  await tx.developmentHour.deleteMany({ where: { source, sourceId } });
}
