import "server-only";
import { db } from "@/lib/server/db";
import { authorize, can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

/** A supervisor's team at a glance: the first direct reports and the size of the whole chain. */
export async function getTeamSummary(user: SessionUser) {
  authorize(user, "employee.read.team");
  const [direct, total, reports] = await Promise.all([
    db.employee.count({ where: { supervisorId: user.employeeId } }),
    db.employee.count({ where: { supervisorPath: { has: user.employeeId } } }),
    db.employee.findMany({
      where: { supervisorId: user.employeeId },
      select: { id: true, name: true, position: { select: { name: true } } },
      orderBy: [{ searchName: "asc" }, { id: "asc" }],
      take: 8,
    }),
  ]);
  return { direct, total, reports };
}

/** HR's overview: counts by status, units, active positions, and the latest audit rows. */
export async function getAdminSummary(user: SessionUser) {
  authorize(user, "employee.read.all");
  const [byStatus, units, positions, recent] = await Promise.all([
    db.employee.groupBy({ by: ["status"], _count: { _all: true } }),
    db.orgUnit.count(),
    db.position.count({ where: { active: true } }),
    db.auditLog.findMany({
      where: { action: { not: { startsWith: "auth." } } },
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { employee: { select: { name: true } } } } },
      orderBy: { at: "desc" },
      take: 6,
    }),
  ]);
  const count = (status: "PNS" | "PPPK") => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    pns: count("PNS"),
    pppk: count("PPPK"),
    units,
    positions,
    recent: recent.map((row) => ({ ...row, id: row.id.toString(), actorName: row.actor?.employee.name ?? null })),
  };
}

/** The user's open SKP of the year (or none) and what awaits them in the appraisal cycle. */
export async function getAppraisalTodo(user: SessionUser, year: number) {
  const rates = can(user, "appraisal.rate");
  const [ownSkp, plansToAgree, toRate] = await Promise.all([
    can(user, "appraisal.own")
      ? db.appraisal.findFirst({ where: { employeeId: user.employeeId, openYear: year }, select: { id: true, status: true, returnComment: true } })
      : null,
    rates ? db.appraisal.count({ where: { raterId: user.employeeId, year, status: "SUBMITTED" } }) : 0,
    // Self-assessed periods wait on the rater (evaluations(rater_id, year)).
    rates ? db.evaluation.count({ where: { raterId: user.employeeId, year, status: "SELF_ASSESSED" } }) : 0,
  ]);
  return { ownSkp, plansToAgree, toRate };
}
