import "server-only";
import { today } from "@/lib/clock";
import { MERIT_KEYS, weightsProblems, type MeritWeights } from "@/lib/domain/talent/merit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { loadPoolInputs, loadRankingPosition, type RankingPosition } from "./pool-queries";
import { readWeights, scorePool, type ScoredCandidate } from "./ranking";
import { weightsOf, type TAddCandidate, type TVersion, type TWeights } from "./schemas";
import { draftRefusal, SHORTLIST_SIZE, type DraftStep } from "./selection-rules";

type Manual = { employeeId: number; justification: string | null };
export type RankEntry = ScoredCandidate & { manual: Manual | null };

/** The best 20 of the pool plus the people HR added by hand (scored the same way), best first. */
export async function rankPosition(position: RankingPosition, weights: MeritWeights, manual: readonly Manual[]): Promise<RankEntry[]> {
  const asOf = today();
  const merit = { minRankId: position.minRankId, minEducation: position.minEducation, competencies: position.standard };
  const manualIds = new Set(manual.map((m) => m.employeeId));
  const [pool, added] = await Promise.all([
    loadPoolInputs(position, asOf).then((inputs) => scorePool(inputs, merit, weights, { limit: SHORTLIST_SIZE, exclude: manualIds })),
    manual.length ? loadPoolInputs(position, asOf, [...manualIds]).then((inputs) => scorePool(inputs, merit, weights)) : Promise.resolve([]),
  ]);
  const byId = new Map(manual.map((m) => [m.employeeId, m]));
  return [...pool.map((entry) => ({ ...entry, manual: null })), ...added.map((entry) => ({ ...entry, manual: byId.get(entry.employeeId) ?? null }))];
}

/** Numbers the shortlist 1..n in one statement, in the order of lib/domain/talent/merit.ts compareRanked. */
export async function renumber(tx: Tx, selectionId: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE placement_candidates c SET rank_order = r.n
    FROM (SELECT pc.id, row_number() OVER (ORDER BY pc.score DESC, e.rank_id DESC NULLS LAST, pc.employee_id) AS n
          FROM placement_candidates pc JOIN employees e ON e.id = pc.employee_id
          WHERE pc.selection_id = ${selectionId}) r
    WHERE c.id = r.id`;
}

/** Replaces a DRAFT selection's shortlist (no votes exist before it is sent). */
export async function writeRanking(tx: Tx, selectionId: number, entries: readonly RankEntry[]): Promise<void> {
  await tx.placementCandidate.deleteMany({ where: { selectionId } });
  await tx.placementCandidate.createMany({
    data: entries.map((entry, index) => ({
      selectionId,
      employeeId: entry.employeeId,
      score: entry.score,
      components: entry.components as Prisma.InputJsonValue,
      rankOrder: index + 1,
      addedManually: entry.manual !== null,
      justification: entry.manual?.justification ?? null,
    })),
  });
  await renumber(tx, selectionId);
}

const refusal = () => new AppError("CONFLICT", t("placements.errors.notDraft"));

/** The selection as a DRAFT step needs it: absent → NOT_FOUND; sent or closed → refused. */
async function draftSelection(id: number, step: DraftStep) {
  const selection = await db.placementSelection.findUnique({ where: { id }, select: { id: true, status: true, positionId: true, weights: true, weightsReason: true } });
  if (!selection) throw new AppError("NOT_FOUND", t("errors.notFound"));
  if (draftRefusal(selection.status, step)) throw refusal();
  const position = await loadRankingPosition(selection.positionId);
  if (!position) throw new AppError("NOT_FOUND", t("errors.notFound"));
  const manual = await db.placementCandidate.findMany({ where: { selectionId: id, addedManually: true }, select: { employeeId: true, justification: true } });
  return { selection, position, manual, weights: readWeights(selection.weights) };
}

/** Inside the write: the version the page showed, and still DRAFT (a send may have won the race). */
async function claimDraft(tx: Tx, id: number, version: number, step: DraftStep): Promise<void> {
  await claimVersion(tx, "placementSelection", id, version);
  const row = await tx.placementSelection.findUniqueOrThrow({ where: { id }, select: { status: true } });
  if (draftRefusal(row.status, step)) throw refusal();
}

export async function updateWeights(actor: SessionUser, id: number, input: TWeights): Promise<void> {
  authorize(actor, "placement.manage");
  const weights = weightsOf(input);
  // The schema checks the sum too; a caller that skipped it still cannot store or score bad weights.
  if (weightsProblems(weights).length) throw fieldError("total", t("placements.errors.weightsSum", { sum: MERIT_KEYS.reduce((sum, key) => sum + weights[key], 0) }));
  const { selection, position, manual } = await draftSelection(id, "weights");
  const entries = await rankPosition(position, weights, manual);
  await db.$transaction(async (tx) => {
    await claimDraft(tx, id, input.version, "weights");
    await tx.placementSelection.update({ where: { id }, data: { weights, weightsReason: input.reason, rankedAt: new Date() } });
    await writeRanking(tx, id, entries);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "placement.weights",
      entityType: "PlacementSelection",
      entityId: id,
      before: { weights: selection.weights, reason: selection.weightsReason },
      after: { weights, reason: input.reason, candidates: entries.length },
    });
  });
}

export async function rerankSelection(actor: SessionUser, id: number, input: TVersion): Promise<void> {
  authorize(actor, "placement.manage");
  const { position, manual, weights } = await draftSelection(id, "rerank");
  if (!weights) throw new AppError("VALIDATION", t("placements.errors.weightsMissing"));
  const entries = await rankPosition(position, weights, manual);
  await db.$transaction(async (tx) => {
    await claimDraft(tx, id, input.version, "rerank");
    await tx.placementSelection.update({ where: { id }, data: { rankedAt: new Date() } });
    await writeRanking(tx, id, entries);
    await writeAudit(tx, { actorId: actor.userId, action: "placement.rerank", entityType: "PlacementSelection", entityId: id, after: { weights, candidates: entries.map((e) => ({ employeeId: e.employeeId, score: e.score })) } });
  });
}

export async function addCandidate(actor: SessionUser, id: number, input: TAddCandidate): Promise<number> {
  authorize(actor, "placement.manage");
  const { position, weights } = await draftSelection(id, "add");
  if (!weights) throw new AppError("VALIDATION", t("placements.errors.weightsMissing"));
  const person = await db.employee.findUnique({ where: { nip: input.nip }, select: { id: true, positionId: true } });
  if (!person) throw fieldError("nip", t("placements.errors.nipNotFound"));
  if (person.positionId === position.id) throw fieldError("nip", t("placements.errors.holdsPosition"));
  const merit = { minRankId: position.minRankId, minEducation: position.minEducation, competencies: position.standard };
  const [scored] = scorePool(await loadPoolInputs(position, today(), [person.id]), merit, weights);
  if (!scored) throw fieldError("nip", t("placements.errors.nipNotFound"));
  return db.$transaction(async (tx) => {
    await claimDraft(tx, id, input.version, "add");
    const existing = await tx.placementCandidate.findUnique({ where: { selectionId_employeeId: { selectionId: id, employeeId: person.id } }, select: { id: true } });
    if (existing) throw fieldError("nip", t("placements.errors.alreadyCandidate"));
    const row = await tx.placementCandidate.create({
      data: { selectionId: id, employeeId: person.id, score: scored.score, components: scored.components as Prisma.InputJsonValue, rankOrder: 0, addedManually: true, justification: input.justification },
      select: { id: true },
    });
    await renumber(tx, id);
    await writeAudit(tx, { actorId: actor.userId, action: "placement.candidate_added", entityType: "PlacementSelection", entityId: id, after: { candidateId: row.id, employeeId: person.id, score: scored.score, justification: input.justification } });
    return row.id;
  });
}
