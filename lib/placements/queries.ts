import "server-only";
import { personCardSelect } from "@/lib/employees/person-select";
import type { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { readComponents, readWeights, type StoredComponent } from "./ranking";
import { SELECTION_PAGE_SIZE, type TSelectionFilters } from "./schemas";
import { vacancy } from "./selection-rules";

const listSelect = {
  id: true,
  status: true,
  tmt: true,
  createdAt: true,
  sentAt: true,
  closedAt: true,
  position: { select: { name: true, unit: { select: { name: true } } } },
  chair: { select: { name: true } },
  _count: { select: { candidates: true } },
} satisfies Prisma.PlacementSelectionSelect;

export type SelectionRow = Prisma.PlacementSelectionGetPayload<{ select: typeof listSelect }>;

/** HR's list, newest first, filtered by status: placement_selections (status, created_at) index. */
export async function listSelections(user: SessionUser, filters: TSelectionFilters) {
  if (!can(user, "placement.manage")) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  const where: Prisma.PlacementSelectionWhereInput = filters.status ? { status: filters.status } : {};
  const [total, rows] = await Promise.all([
    db.placementSelection.count({ where }),
    db.placementSelection.findMany({ where, select: listSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (filters.page - 1) * SELECTION_PAGE_SIZE, take: SELECTION_PAGE_SIZE }),
  ]);
  return { rows, total, page: filters.page, pageSize: SELECTION_PAGE_SIZE };
}

const candidateSelect = {
  id: true,
  rankOrder: true,
  score: true,
  components: true,
  addedManually: true,
  justification: true,
  decision: true,
  decisionReason: true,
  decidedAt: true,
  skNumber: true,
  skDate: true,
  employee: { select: personCardSelect },
} satisfies Prisma.PlacementCandidateSelect;

const detailSelect = {
  id: true,
  status: true,
  tmt: true,
  weights: true,
  weightsReason: true,
  rankedAt: true,
  sentAt: true,
  closedAt: true,
  createdAt: true,
  version: true,
  chair: { select: { id: true, name: true, nip: true } },
  position: {
    select: {
      id: true,
      name: true,
      type: true,
      grade: true,
      formation: true,
      minEducation: true,
      minRank: { select: { code: true, name: true } },
      unit: { select: { name: true } },
      competencies: { select: { requiredLevel: true, competency: { select: { id: true, code: true, name: true } } }, orderBy: { competencyId: "asc" } },
      _count: { select: { holders: true } },
    },
  },
  candidates: { select: candidateSelect, orderBy: [{ rankOrder: "asc" }, { id: "asc" }] },
} satisfies Prisma.PlacementSelectionSelect;

type DetailRow = Prisma.PlacementSelectionGetPayload<{ select: typeof detailSelect }>;
type CandidateRow = DetailRow["candidates"][number];

export type CandidateView = Omit<CandidateRow, "score" | "components"> & { score: number; components: StoredComponent[] };
export type SelectionView = Omit<DetailRow, "candidates" | "weights"> & {
  weights: ReturnType<typeof readWeights>;
  vacancy: number;
  candidates: CandidateView[];
};

function toView(row: DetailRow): SelectionView {
  const { candidates, weights, ...rest } = row;
  return {
    ...rest,
    weights: readWeights(weights),
    vacancy: vacancy(row.position.formation, row.position._count.holders),
    candidates: candidates.map((c) => ({ ...c, score: Number(c.score), components: readComponents(c.components) })),
  };
}

/** HR's view of a selection (every state); null when absent or for anyone without placement.manage. */
export async function getSelection(user: SessionUser, id: number): Promise<SelectionView | null> {
  if (!can(user, "placement.manage")) return null;
  const row = await db.placementSelection.findUnique({ where: { id }, select: detailSelect });
  return row ? toView(row) : null;
}

/**
 * The committee's view: only selections sent to it (a DRAFT is still HR's work and is not found);
 * null for anyone without committee.review.
 */
export async function getCommitteeSelection(user: SessionUser, id: number): Promise<SelectionView | null> {
  if (!can(user, "committee.review")) return null;
  const row = await db.placementSelection.findFirst({ where: { id, status: { in: ["IN_REVIEW", "CLOSED"] } }, select: detailSelect });
  return row ? toView(row) : null;
}

/** Who may chair: employees whose active account holds TIM_PENILAI (a handful per agency). */
export async function listChairs(user: SessionUser) {
  if (!can(user, "placement.manage")) return [];
  const rows = await db.user.findMany({
    where: { active: true, roles: { has: "TIM_PENILAI" } },
    select: { employee: { select: { id: true, nip: true, name: true } } },
    orderBy: { employee: { searchName: "asc" } },
    take: 200,
  });
  return rows.map((row) => row.employee);
}
