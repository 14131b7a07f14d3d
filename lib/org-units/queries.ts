import "server-only";
import { db } from "@/lib/server/db";
import { orderTree } from "./tree";

export type UnitTreeItem = { id: number; code: string; name: string; parentId: number | null; depth: number };

/**
 * Every unit in display order (depth-first, siblings by name). Unit names are not secret and the
 * list feeds selects across the product, so callers authorize; this only reads.
 */
export async function listUnitTree(): Promise<UnitTreeItem[]> {
  const rows = await db.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true } });
  return orderTree(rows).map(({ id, code, name, parentId, depth }) => ({ id, code, name, parentId, depth }));
}

export type UnitCounts = { subUnits: number; positions: number; employees: number };
export type UnitTreeNode = UnitTreeItem & UnitCounts;

type CountRow = { id: number; code: string; name: string; parentId: number | null } & UnitCounts;

/**
 * The tree with each unit's direct counts, in one statement: three grouped sub-queries joined to the
 * units (the employee count reads the (unit_id, search_name) index, not the table).
 */
export async function listUnitTreeWithCounts(): Promise<UnitTreeNode[]> {
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT u.id, u.code, u.name, u.parent_id AS "parentId",
           COALESCE(c.n, 0)::int AS "subUnits",
           COALESCE(p.n, 0)::int AS positions,
           COALESCE(e.n, 0)::int AS employees
    FROM org_units u
    LEFT JOIN (SELECT parent_id, count(*) AS n FROM org_units WHERE parent_id IS NOT NULL GROUP BY parent_id) c ON c.parent_id = u.id
    LEFT JOIN (SELECT unit_id, count(*) AS n FROM positions GROUP BY unit_id) p ON p.unit_id = u.id
    LEFT JOIN (SELECT unit_id, count(*) AS n FROM employees GROUP BY unit_id) e ON e.unit_id = u.id`;
  return orderTree(rows);
}

export type OrgUnitDetail = {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  parentName: string | null;
  version: number;
} & UnitCounts;

/** One unit for its edit and delete pages, with what keeps it from being deleted. */
export async function getOrgUnit(id: number): Promise<OrgUnitDetail | null> {
  const unit = await db.orgUnit.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      parentId: true,
      version: true,
      parent: { select: { name: true } },
      _count: { select: { children: true, positions: true, employees: true } },
    },
  });
  if (!unit) return null;
  const { parent, _count, ...rest } = unit;
  return { ...rest, parentName: parent?.name ?? null, subUnits: _count.children, positions: _count.positions, employees: _count.employees };
}
