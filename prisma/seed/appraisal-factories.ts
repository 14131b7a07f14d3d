// Builders of SKPs and evaluations for tests and demo data. They write rows exactly as the app's
// mutations leave them (denormalised employee/rater/unit/year on evaluations, openYear while not
// closed), so a test can start from any point of the cycle.
import { predikatFor } from "../../lib/domain/predikat";
import type { CoreValue, EvaluationKind, EvaluationStatus, PlanStatus, Rating, TargetKind } from "../../lib/generated/prisma/enums";
import type { SeedDb } from "./client";

export const CORE_VALUE_ORDER: readonly CoreValue[] = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export type AppraisalFactoryInput = {
  employeeId: number;
  /** Default: the employee's supervisor. */
  raterId?: number;
  /** Default: the rater's supervisor (null when none). */
  raterRaterId?: number | null;
  year: number;
  status?: PlanStatus;
  periodStart?: Date;
  periodEnd?: Date;
  /** RHK texts; each gets `indicatorsPerResult` indicators. */
  results?: readonly string[];
  indicatorsPerResult?: number;
  parentResultIds?: readonly (number | null)[];
};

export type FactoryAppraisal = { id: number; employeeId: number; raterId: number; raterRaterId: number | null; unitId: number; resultIds: number[]; indicatorIds: number[] };

export async function createAppraisal(db: SeedDb, input: AppraisalFactoryInput): Promise<FactoryAppraisal> {
  const employee = await db.employee.findUniqueOrThrow({ where: { id: input.employeeId }, select: { supervisorId: true, positionId: true, unitId: true } });
  const raterId = input.raterId ?? employee.supervisorId;
  if (!raterId) throw new Error(`employee ${input.employeeId} has no supervisor to rate them`);
  const raterRaterId =
    input.raterRaterId !== undefined ? input.raterRaterId : ((await db.employee.findUniqueOrThrow({ where: { id: raterId }, select: { supervisorId: true } })).supervisorId ?? null);
  const status = input.status ?? "AGREED";
  const now = new Date();
  const texts = input.results ?? ["Terlaksananya layanan administrasi kepegawaian tepat waktu", "Tersusunnya laporan kinerja unit"];
  const perResult = input.indicatorsPerResult ?? 1;
  const targetKinds: TargetKind[] = ["KUANTITAS", "WAKTU", "KUALITAS"];
  const created = await db.appraisal.create({
    data: {
      employeeId: input.employeeId,
      year: input.year,
      periodStart: input.periodStart ?? utc(input.year, 1, 1),
      periodEnd: input.periodEnd ?? utc(input.year, 12, 31),
      raterId,
      raterRaterId,
      positionId: employee.positionId,
      unitId: employee.unitId,
      status,
      openYear: status === "CLOSED" ? null : input.year,
      submittedAt: status === "DRAFT" ? null : now,
      agreedAt: status === "AGREED" || status === "CLOSED" ? now : null,
      closedAt: status === "CLOSED" ? now : null,
      behaviours: { create: CORE_VALUE_ORDER.map((value) => ({ value })) },
      results: {
        create: texts.map((text, index) => ({
          position: index + 1,
          text,
          parentResultId: input.parentResultIds?.[index] ?? null,
          indicators: {
            create: Array.from({ length: perResult }, (_, i) => {
              const kind = targetKinds[(index + i) % targetKinds.length]!;
              return {
                position: i + 1,
                text: `Indikator ${i + 1} dari RHK ${index + 1}`,
                targetKind: kind,
                targetValue: kind === "KUALITAS" ? 90 : kind === "WAKTU" ? 12 : 24,
                targetUnit: kind === "KUALITAS" ? "persen" : kind === "WAKTU" ? "bulan" : "dokumen",
              };
            }),
          },
        })),
      },
    },
    select: { id: true, unitId: true, results: { select: { id: true, indicators: { select: { id: true } } }, orderBy: { position: "asc" } } },
  });
  return {
    id: created.id,
    employeeId: input.employeeId,
    raterId,
    raterRaterId,
    unitId: created.unitId,
    resultIds: created.results.map((r) => r.id),
    indicatorIds: created.results.flatMap((r) => r.indicators.map((i) => i.id)),
  };
}

export type EvaluationFactoryInput = {
  appraisalId: number;
  kind?: EvaluationKind;
  periodNo?: number;
  periodStart?: Date;
  periodEnd?: Date;
  status?: EvaluationStatus;
  workRating?: Rating;
  behaviourRating?: Rating;
  releasedAt?: Date | null;
};

/** An evaluation in any state; rated states get per-RHK and per-value ratings equal to the overall ones. */
export async function createEvaluation(db: SeedDb, input: EvaluationFactoryInput) {
  const appraisal = await db.appraisal.findUniqueOrThrow({
    where: { id: input.appraisalId },
    select: { employeeId: true, raterId: true, unitId: true, year: true, periodStart: true, periodEnd: true, results: { select: { id: true } } },
  });
  const kind = input.kind ?? "PERIODIC";
  const status = input.status ?? "RATED";
  const rated = !["OPEN", "SELF_ASSESSED"].includes(status);
  const work = input.workRating ?? "SESUAI";
  const behaviour = input.behaviourRating ?? "SESUAI";
  const now = new Date();
  return db.evaluation.create({
    data: {
      appraisalId: input.appraisalId,
      employeeId: appraisal.employeeId,
      raterId: appraisal.raterId,
      unitId: appraisal.unitId,
      year: appraisal.year,
      kind,
      periodNo: input.periodNo ?? (kind === "ANNUAL" ? 0 : 1),
      periodStart: input.periodStart ?? appraisal.periodStart,
      periodEnd: input.periodEnd ?? appraisal.periodEnd,
      status,
      selfAssessment: status === "OPEN" ? null : "Seluruh target triwulan tercapai sesuai rencana.",
      selfAssessedAt: status === "OPEN" ? null : now,
      workRating: rated ? work : null,
      behaviourRating: rated ? behaviour : null,
      predikat: rated ? predikatFor(work, behaviour) : null,
      feedback: rated ? "Pertahankan kinerja dan dokumentasikan bukti dukung." : null,
      ratedAt: rated ? now : null,
      releasedAt: input.releasedAt ?? (["RELEASED", "ACKNOWLEDGED", "APPEALED", "FINAL"].includes(status) && kind === "ANNUAL" ? now : null),
      acknowledgedAt: status === "ACKNOWLEDGED" ? now : null,
      resultRatings: rated ? { create: appraisal.results.map((r) => ({ resultId: r.id, rating: work })) } : undefined,
      behaviourRatings: rated ? { create: CORE_VALUE_ORDER.map((value) => ({ value, rating: behaviour })) } : undefined,
    },
    select: { id: true, status: true, predikat: true },
  });
}
