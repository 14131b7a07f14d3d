import "server-only";
import { employeeReadScope } from "@/lib/employees/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { groupAssessments, latestLevels, type CompetencyGroup, type CompetencyRef } from "./competency-groups";
import { findRecordsOwner, type RecordsOwner } from "./record-queries";

const competencySelect = { id: true, code: true, name: true, kind: true, maxLevel: true } satisfies Prisma.CompetencySelect;

export type CompetencyRecords = { owner: RecordsOwner; groups: CompetencyGroup[]; assessed: number };

/**
 * A person's competency page: every assessment (a person has tens, read through the
 * (employee_id, competency_id, assessed_on) index) and their position's standard, grouped by kind.
 * Null when the person is outside the user's read scope (the person, their supervisors, HR).
 */
export async function getCompetencyRecords(user: SessionUser, employeeId: number): Promise<CompetencyRecords | null> {
  const owner = await findRecordsOwner(user, employeeId);
  if (!owner) return null;
  const [rows, standard] = await Promise.all([
    db.competencyAssessment.findMany({
      where: { employeeId },
      select: { id: true, level: true, assessedOn: true, source: true, notes: true, competency: { select: competencySelect } },
      orderBy: [{ competencyId: "asc" }, { assessedOn: "desc" }, { id: "desc" }],
    }),
    db.positionCompetency.findMany({ where: { positionId: owner.positionId }, select: { requiredLevel: true, competency: { select: competencySelect } } }),
  ]);
  return { owner, groups: groupAssessments(rows, standard), assessed: rows.length };
}

/** The dictionary for HR's form, by kind and code (hundreds of rows at most). */
export async function listAssessableCompetencies(): Promise<CompetencyRef[]> {
  return db.competency.findMany({ select: competencySelect, orderBy: [{ kind: "asc" }, { code: "asc" }] });
}

/**
 * competencyId → latest assessed level of one person, for gap analysis by other features; null when
 * the person is outside the user's read scope.
 */
export async function getLatestCompetencyLevels(user: SessionUser, employeeId: number): Promise<Map<number, number> | null> {
  const rows = await db.competencyAssessment.findMany({
    where: { employeeId, employee: employeeReadScope(user) },
    select: { id: true, competencyId: true, level: true, assessedOn: true },
  });
  if (rows.length === 0 && !(await findRecordsOwner(user, employeeId))) return null;
  return latestLevels(rows);
}
