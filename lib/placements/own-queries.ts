import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeReadScope } from "@/lib/employees/scope";
import { db } from "@/lib/server/db";
import { canAny } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { readComponents, type StoredComponent } from "./ranking";

const ownSelect = {
  id: true,
  rankOrder: true,
  score: true,
  components: true,
  decision: true,
  decisionReason: true,
  skNumber: true,
  skDate: true,
  selection: {
    select: {
      id: true,
      status: true,
      tmt: true,
      position: { select: { name: true, unit: { select: { name: true } }, competencies: { select: { competency: { select: { id: true, name: true } } } } } },
      _count: { select: { candidates: true } },
    },
  },
} satisfies Prisma.PlacementCandidateSelect;

type OwnRow = Prisma.PlacementCandidateGetPayload<{ select: typeof ownSelect }>;
export type OwnCandidacy = Omit<OwnRow, "score" | "components"> & { score: number; components: StoredComponent[]; skAvailable: boolean };

/** How many of a person's selections the career page lists (newest first). */
export const OWN_CANDIDACY_LIMIT = 10;

/**
 * The selections a person was shortlisted in, once sent to the committee (a DRAFT ranking still
 * changes): their score with every component, their place, and once closed the decision and its
 * reason. Scope: the person themself, or whoever may read their record (HR, their supervisors).
 * Individual votes are not part of it. placement_candidates (employee_id) index.
 */
export async function listOwnPlacementCandidacies(user: SessionUser, employeeId: number): Promise<OwnCandidacy[]> {
  if (!canAny(user, ["career.own", "employee.read.all", "employee.read.team"])) return [];
  const rows = await db.placementCandidate.findMany({
    where: { employeeId, employee: employeeReadScope(user), selection: { status: { in: ["IN_REVIEW", "CLOSED"] } } },
    select: ownSelect,
    orderBy: [{ selection: { createdAt: "desc" } }, { id: "desc" }],
    take: OWN_CANDIDACY_LIMIT,
  });
  return rows.map((row) => {
    const closed = row.selection.status === "CLOSED";
    return {
      ...row,
      // The committee's decision is shown once the case is closed; before that it may still change.
      decision: closed ? row.decision : null,
      decisionReason: closed ? row.decisionReason : null,
      score: Number(row.score),
      components: readComponents(row.components),
      skAvailable: closed && row.decision === "APPROVED" && row.skNumber !== null,
    };
  });
}
