import "server-only";
import { personCardSelect, type PersonCard } from "@/lib/employees/person-select";
import { directoryWhere } from "@/lib/employees/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { latestBoxes, NO_BOX_INFO, newestPerformanceYear, type BoxInfo } from "./box-queries";
import { requireTalentRead } from "./grid-queries";
import { TALENT_PAGE_SIZE, type TTalentPeopleFilters } from "./schemas";

export type PotentialRow = { id: number; score: number; assessedOn: Date; source: string; createdAt: Date };

export type PotentialRecords = {
  owner: PersonCard;
  /** Newest first: the first is the one the 9-box uses. */
  scores: PotentialRow[];
  /** The person's box by their latest predikat and latest potential score. */
  current: BoxInfo;
};

/**
 * One person's potential scores (a handful, by the (employee_id, assessed_on) index) and their box.
 * Null for anyone without talent.read (staff, supervisors) and for an unknown person alike.
 */
export async function getPotentialRecords(user: SessionUser, employeeId: number): Promise<PotentialRecords | null> {
  if (!can(user, "talent.read")) return null;
  const [owner, scores, year] = await Promise.all([
    db.employee.findUnique({ where: { id: employeeId }, select: personCardSelect }),
    db.potentialAssessment.findMany({
      where: { employeeId },
      select: { id: true, score: true, assessedOn: true, source: true, createdAt: true },
      orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
    }),
    newestPerformanceYear(db),
  ]);
  if (!owner) return null;
  const box = year === null ? null : (await latestBoxes(db, [employeeId], year)).get(employeeId);
  return {
    owner,
    scores: scores.map((row) => ({ ...row, score: Number(row.score) })),
    current: box ?? NO_BOX_INFO,
  };
}

const personSelect = {
  ...personCardSelect,
  potentialAssessments: { select: { score: true, assessedOn: true }, orderBy: [{ assessedOn: "desc" }, { id: "desc" }], take: 1 },
} satisfies Prisma.EmployeeSelect;

export type TalentPerson = PersonCard & { latest: { score: number; assessedOn: Date } | null };

/**
 * HR's way to a person's potential scores: the directory's name/NIP search and unit filter, with each
 * person's latest score (a LATERAL per row of the page, relationJoins), or only those never assessed.
 */
export async function findTalentPeople(user: SessionUser, filters: TTalentPeopleFilters) {
  requireTalentRead(user);
  const where: Prisma.EmployeeWhereInput = {
    AND: [directoryWhere({ q: filters.q, unit: filters.unit, page: filters.page }), filters.missing ? { potentialAssessments: { none: {} } } : {}],
  };
  const [total, rows] = await Promise.all([
    db.employee.count({ where }),
    db.employee.findMany({
      where,
      select: personSelect,
      // The search_name index serves the unfiltered list; a filtered one sorts what it matched (as the directory does).
      orderBy: filters.q || filters.unit || filters.missing ? [{ name: "asc" }, { id: "asc" }] : [{ searchName: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * TALENT_PAGE_SIZE,
      take: TALENT_PAGE_SIZE,
    }),
  ]);
  const people: TalentPerson[] = rows.map(({ potentialAssessments, ...person }) => {
    const latest = potentialAssessments[0];
    return { ...person, latest: latest ? { score: Number(latest.score), assessedOn: latest.assessedOn } : null };
  });
  return { rows: people, total, page: filters.page, pageSize: TALENT_PAGE_SIZE };
}
