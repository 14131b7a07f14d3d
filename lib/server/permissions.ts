import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";

/**
 * Who may do what: the one table of permissions. Pages, actions and queries ask `can()` /
 * `authorize()`; none of them test roles directly. Row scope (whose data) is applied in the queries
 * (lib/employees/scope.ts), on top of these.
 */
export const PERMISSIONS = {
  /** Own profile and career data. */
  "profile.read": ["PEGAWAI"],
  /** The employee directory and employee pages, over everyone. */
  "employee.read.all": ["ADMIN_BKD"],
  /** The employee directory and employee pages, over one's reports down the chain. */
  "employee.read.team": ["ATASAN"],
  "employee.create": ["ADMIN_BKD"],
  "employee.update": ["ADMIN_BKD"],
  /** Roles, activation and password reset of accounts. */
  "user.manage": ["ADMIN_BKD"],
  "orgUnit.read": ["ADMIN_BKD"],
  "orgUnit.manage": ["ADMIN_BKD"],
  "position.read": ["ADMIN_BKD"],
  "position.manage": ["ADMIN_BKD"],
  "competency.manage": ["ADMIN_BKD"],
  "audit.read": ["ADMIN_BKD"],
  /** Own SKP: plan, realisation, notes, self-assessment, acknowledgement, appeal. */
  "appraisal.own": ["PEGAWAI"],
  /** SKPs the user rates (scope: rater_id): agree or return plans, rate, ask for 360 input. */
  "appraisal.rate": ["ATASAN"],
  /** Appeals against the people the user's reports rate (scope: decider_id). */
  "appraisal.appeal.decide": ["ATASAN"],
  /** Answer 360 requests addressed to the user (scope: respondent_id). */
  "appraisal.feedback.respond": ["PEGAWAI"],
  /** Settings, distribution rules, unit results and finalisation, raters, progress over all units. */
  "appraisal.manage": ["ADMIN_BKD"],
  "appraisal.read.all": ["ADMIN_BKD"],
  /** Own career path ("Karier Saya"), own target position. Others' career pages follow the employee read scope. */
  "career.own": ["PEGAWAI"],
  /** Competency assessment results, awards and disciplinary sanctions of any employee. */
  "employee.records.manage": ["ADMIN_BKD"],
  /** Register for catalog trainings, cancel, submit external training. */
  "training.register": ["PEGAWAI"],
  /** Approve or decline registrations of one's direct reports (scope: employees.supervisor_id). */
  "training.approve": ["ATASAN"],
  /** The catalog, attendance and completion, verification of external training. */
  "training.manage": ["ADMIN_BKD"],
  /** JP progress of one's chain ("who is behind"). */
  "development.read.team": ["ATASAN"],
  "development.read.all": ["ADMIN_BKD"],
  /** Open a mentoring pair: HR for anyone, a supervisor for a mentee in their chain. */
  "mentoring.open": ["ADMIN_BKD", "ATASAN"],
  /** Take part in one's own pairs (mentor or mentee): log sessions, close with an outcome. */
  "mentoring.participate": ["PEGAWAI"],
  "mentoring.read.all": ["ADMIN_BKD"],
  /** Promotion rounds: open, screen, add pilihan candidates, send to the committee, export, issue SKs. */
  "promotion.manage": ["ADMIN_BKD"],
  /** Placement selections: open for a vacant position, weights, ranking, send to the committee. */
  "placement.manage": ["ADMIN_BKD"],
  /** Cases sent to the committee: read them, declare conflicts, recommend or not. */
  "committee.review": ["TIM_PENILAI"],
  /** Decide candidates, close the case and record corrections: only the case's chair (scope: chair_id). */
  "committee.decide": ["TIM_PENILAI"],
  /** Potential scores, key positions and succession lists. */
  "talent.manage": ["ADMIN_BKD"],
  /** The 9-box grids, the talent pool and succession lists. */
  "talent.read": ["ADMIN_BKD", "TIM_PENILAI"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export type Actor = { roles: readonly Role[] };

export function can(actor: Actor, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

export function canAny(actor: Actor, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => can(actor, permission));
}

/** Throws FORBIDDEN unless the actor holds the permission. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Anda tidak berwenang melakukan tindakan ini.");
}
