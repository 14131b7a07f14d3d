import "server-only";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

export const TEAM_PAGE_SIZE = 10;

/** The user's direct reports by name (supervisor_id index), for their training suggestions. */
export async function listDirectReports(user: SessionUser, page: number) {
  if (!can(user, "training.approve")) return null;
  const where = { supervisorId: user.employeeId };
  const [total, rows] = await Promise.all([
    db.employee.count({ where }),
    db.employee.findMany({
      where,
      select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } },
      orderBy: [{ searchName: "asc" }, { id: "asc" }],
      skip: (page - 1) * TEAM_PAGE_SIZE,
      take: TEAM_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page, pageSize: TEAM_PAGE_SIZE };
}
