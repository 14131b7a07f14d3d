import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import type { Tx } from "./db";
import { AppError } from "./errors";

// Records two people can edit carry a `version`; a form carries the version it was opened with.
const TABLES = { employee: "employees", orgUnit: "org_units", position: "positions", competency: "competencies", appraisalSetting: "appraisal_settings", unitYearResult: "unit_year_results", appraisal: "appraisals", evaluation: "evaluations", sanction: "sanctions", mentoringPair: "mentoring_pairs", training: "trainings", trainingRegistration: "training_registrations", externalTraining: "external_trainings", promotionRound: "promotion_rounds", promotionCandidate: "promotion_candidates", placementSelection: "placement_selections", placementCandidate: "placement_candidates" } as const;
export type Versioned = keyof typeof TABLES;

const table = (entity: Versioned) => Prisma.raw(`"${TABLES[entity]}"`);

async function gone(tx: Tx, entity: Versioned, id: number): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM ${table(entity)} WHERE id = ${id}`;
  return rows.length === 0;
}

/**
 * For an edit: bumps the version only if it is still the one the form showed. The loser of two
 * concurrent saves gets CONFLICT and nothing of theirs is written (the caller's transaction rolls back).
 */
export async function claimVersion(tx: Tx, entity: Versioned, id: number, version: number): Promise<void> {
  const count = await tx.$executeRaw`UPDATE ${table(entity)} SET version = version + 1 WHERE id = ${id} AND version = ${version}`;
  if (count === 1) return;
  throw (await gone(tx, entity, id)) ? new AppError("NOT_FOUND", t("errors.notFound")) : new AppError("CONFLICT", t("errors.conflict"));
}

/**
 * For a delete: locks the row and checks the version the confirmation page showed. With the row
 * locked, anything that would start referencing it either committed before the caller's checks or
 * waits until the caller's transaction ends.
 */
export async function lockVersion(tx: Tx, entity: Versioned, id: number, version: number): Promise<void> {
  const rows = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM ${table(entity)} WHERE id = ${id} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", t("errors.notFound"));
  if (rows[0].version !== version) throw new AppError("CONFLICT", t("errors.conflict"));
}
