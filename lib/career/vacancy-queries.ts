import "server-only";
import { nextFunctionalLevel } from "@/lib/domain/career/jenjang";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel } from "@/lib/domain/positions";
import { db } from "@/lib/server/db";
import { functionalFamily } from "./functional-family";

/**
 * Decision on "a vacant formation in the next jenjang": the active posts of the next jenjang of the
 * same jabatan fungsional in the person's own unit, their formation (kebutuhan) against their
 * current holders. Null (unknown, "perlu dicek HR") when the unit has no such post, because the
 * formation may then sit in another unit or not be planned yet, which only HR can tell. One
 * statement: positions by (unit_id, name) with a count of holders (employees.position_id index).
 */
export async function findVacancy(input: { positionId: number; positionName: string; unitId: number; level: FunctionalLevel }): Promise<boolean | null> {
  const next = nextFunctionalLevel(input.level);
  if (!next) return null;
  const family = functionalFamily(input.positionName, input.level);
  const posts = await db.position.findMany({
    where: {
      unitId: input.unitId,
      active: true,
      type: "FUNGSIONAL",
      functionalLevel: next,
      ...(family ? { name: { equals: `${family} ${FUNCTIONAL_LEVEL_LABELS[next]}`, mode: "insensitive" as const } } : {}),
    },
    select: { formation: true, _count: { select: { holders: true } } },
  });
  if (posts.length === 0) return null;
  const formation = posts.reduce((sum, post) => sum + post.formation, 0);
  const holders = posts.reduce((sum, post) => sum + post._count.holders, 0);
  return holders < formation;
}
