// Who may register for a catalog training and which step a registration may take next. Pure, so
// the page (to explain) and the mutation (to refuse) apply the same rules, and they are unit-tested.
import { isAfter, isBefore } from "@/lib/domain/dates";
import type { RegistrationStatus } from "@/lib/domain/career/enums";
import type { PositionType } from "@/lib/domain/positions";

/** Seats a training may offer. */
export const QUOTA_MAX = 10_000;

export type EligibilityProblem = "NOT_PUBLISHED" | "DEADLINE_PASSED" | "POSITION_TYPE" | "MIN_RANK" | "UNIT";

export type TrainingRules = {
  published: boolean;
  registrationDeadline: Date;
  /** Empty = every position type. */
  positionTypes: readonly PositionType[];
  minRankId: number | null;
  /** A unit with all its sub-units; null = everyone. */
  unitId: number | null;
};

export type Registrant = {
  /** Null for PPPK, who hold no pangkat. */
  rankId: number | null;
  positionType: PositionType;
  /** The registrant's unit path (root → own unit), as kept on org_units.path. */
  unitPath: readonly number[];
};

/** Every reason the person may not register today (empty = eligible); the quota is checked apart. */
export function eligibilityProblems(training: TrainingRules, person: Registrant, today: Date): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (!training.published) problems.push("NOT_PUBLISHED");
  if (isAfter(today, training.registrationDeadline)) problems.push("DEADLINE_PASSED");
  if (training.positionTypes.length > 0 && !training.positionTypes.includes(person.positionType)) problems.push("POSITION_TYPE");
  // A PPPK has no pangkat, so a pangkat minimum excludes them.
  if (training.minRankId !== null && (person.rankId === null || person.rankId < training.minRankId)) problems.push("MIN_RANK");
  if (training.unitId !== null && !person.unitPath.includes(training.unitId)) problems.push("UNIT");
  return problems;
}

/** Registrations that hold a seat (Training.seatsTaken counts exactly these). */
export const SEAT_HOLDING: ReadonlySet<RegistrationStatus> = new Set(["PENDING", "APPROVED"]);

export type StepRefusal =
  | "ALREADY_REGISTERED"
  | "DECLINED_BEFORE"
  | "NOT_CANCELLABLE"
  | "STARTED"
  | "NOT_PENDING"
  | "NOT_STARTED"
  | "NOT_ATTENDING";

/**
 * A person has one registration row per training. Cancelling leaves it CANCELLED and registering
 * again reopens it; a supervisor's DECLINED stands (registering again would go around the decision).
 */
export function registerAgainRefusal(existing: RegistrationStatus | null): StepRefusal | null {
  if (existing === null || existing === "CANCELLED") return null;
  return existing === "DECLINED" ? "DECLINED_BEFORE" : "ALREADY_REGISTERED";
}

/** The registrant cancels a PENDING or APPROVED registration before the training starts. */
export function cancelRefusal(status: RegistrationStatus, startDate: Date, today: Date): StepRefusal | null {
  if (!SEAT_HOLDING.has(status)) return "NOT_CANCELLABLE";
  return isBefore(today, startDate) ? null : "STARTED";
}

/**
 * The supervisor decides a PENDING registration. Approving after the training has started makes no
 * sense (the person missed the start); declining a forgotten request stays possible to free the seat.
 */
export function decisionRefusal(status: RegistrationStatus, decision: "APPROVE" | "DECLINE", startDate: Date, today: Date): StepRefusal | null {
  if (status !== "PENDING") return "NOT_PENDING";
  if (decision === "APPROVE" && !isBefore(today, startDate)) return "STARTED";
  return null;
}

/**
 * HR records attendance from the training's first day, for an APPROVED registration, and may correct
 * a recorded outcome (COMPLETED ↔ NOT_COMPLETED, or a new certificate number).
 */
export function completionRefusal(status: RegistrationStatus, startDate: Date, today: Date): StepRefusal | null {
  if (status !== "APPROVED" && status !== "COMPLETED" && status !== "NOT_COMPLETED") return "NOT_ATTENDING";
  return isBefore(today, startDate) ? "NOT_STARTED" : null;
}

/** Certificate numbers of "tandai semua selesai": the prefix and a 3-digit sequence (…/001, …/002). */
export function bulkCertificateNumber(prefix: string, index: number): string {
  return `${prefix}${String(index + 1).padStart(3, "0")}`;
}
