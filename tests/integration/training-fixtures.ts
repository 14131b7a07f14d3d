// Builders shared by the training integration tests: catalog rows written directly (so a test can
// place a training in the past or the future), registrations in any state with a consistent seat
// count, and counters of what a refused write must not leave behind.
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import type { PositionType, RegistrationStatus, TrainingKind } from "../../lib/generated/prisma/enums";
import { auditCount, seed } from "./support/context";

export const TODAY = today();
export const days = (n: number) => addDays(TODAY, n);

export type TrainingInput = {
  title?: string;
  kind?: TrainingKind;
  startDate?: Date;
  endDate?: Date;
  registrationDeadline?: Date;
  hours?: number;
  quota?: number;
  published?: boolean;
  positionTypes?: PositionType[];
  minRankId?: number | null;
  unitId?: number | null;
  competencyIds?: number[];
};

let seq = 0;

/** A published training starting in 30 days (deadline in 20), 8 JP, 10 seats, open to everyone. */
export async function training(input: TrainingInput = {}) {
  seq += 1;
  const startDate = input.startDate ?? days(30);
  return seed.training.create({
    data: {
      title: input.title ?? `Pelatihan Uji ${seq}`,
      kind: input.kind ?? "TEKNIS",
      type: input.kind && ["E_LEARNING", "COACHING", "MENTORING", "MAGANG", "DETASERING", "KOMUNITAS_BELAJAR"].includes(input.kind) ? "NON_KLASIKAL" : "KLASIKAL",
      provider: "BPSDM Provinsi Uji",
      mode: "LURING",
      startDate,
      endDate: input.endDate ?? addDays(startDate, 2),
      registrationDeadline: input.registrationDeadline ?? (input.startDate && !input.registrationDeadline ? addDays(startDate, -1) : days(20)),
      hours: input.hours ?? 8,
      quota: input.quota ?? 10,
      published: input.published ?? true,
      positionTypes: input.positionTypes ?? [],
      minRankId: input.minRankId ?? null,
      unitId: input.unitId ?? null,
      competencies: input.competencyIds ? { create: input.competencyIds.map((competencyId) => ({ competencyId })) } : undefined,
    },
    select: { id: true, startDate: true, endDate: true, version: true, title: true },
  });
}

/** A registration written as the app leaves it: a seat is counted while it is PENDING or APPROVED. */
export async function registration(trainingId: number, employeeId: number, status: RegistrationStatus = "PENDING") {
  const row = await seed.trainingRegistration.create({ data: { trainingId, employeeId, status }, select: { id: true, version: true } });
  if (status === "PENDING" || status === "APPROVED") await seed.training.update({ where: { id: trainingId }, data: { seatsTaken: { increment: 1 } } });
  return row;
}

export async function seats(trainingId: number): Promise<number> {
  return (await seed.training.findUniqueOrThrow({ where: { id: trainingId }, select: { seatsTaken: true } })).seatsTaken;
}

/** Registrations, ledger rows and audit rows: everything a refused write must leave unchanged. */
export async function footprint(trainingId: number) {
  return {
    registrations: await seed.trainingRegistration.count({ where: { trainingId } }),
    statuses: (await seed.trainingRegistration.findMany({ where: { trainingId }, select: { id: true, status: true, version: true }, orderBy: { id: "asc" } })).map((r) => `${r.id}:${r.status}:${r.version}`),
    seats: await seats(trainingId),
    hours: await seed.developmentHour.count({ where: { source: "TRAINING", sourceId: { in: (await seed.trainingRegistration.findMany({ where: { trainingId }, select: { id: true } })).map((r) => r.id) } } }),
    audits: await auditCount(),
  };
}
