import "server-only";
import { creditProgress, type CreditTarget } from "@/lib/domain/appraisal/credit";
import { nextRank } from "@/lib/domain/ranks";
import type { FunctionalLevel, Predikat } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import type { Prisma } from "@/lib/generated/prisma/client";

export type CreditAwardRow = {
  year: number;
  functionalLevel: FunctionalLevel;
  months: number;
  predikat: Predikat;
  percentage: number;
  coefficient: number;
  credit: number;
};

export type CreditSummary = {
  employeeId: number;
  name: string;
  /** Null when the employee no longer holds a functional position (past awards still show). */
  level: FunctionalLevel | null;
  positionName: string;
  /** Next pangkat by the ladder; null for PPPK (no pangkat) and at IV/e. */
  nextRank: { code: string; name: string } | null;
  awards: CreditAwardRow[];
  /** Every award, all years and jenjang. */
  total: number;
  /** Awards earned in the current jenjang: what counts towards its next pangkat and jenjang. */
  levelTotal: number;
  progress: { nextRank: CreditTarget; nextLevel: CreditTarget | null } | null;
};

/**
 * Who may see a person's angka kredit: the person, anyone who rates or decides appeals on one of
 * their SKPs (rater and rater's rater), and HR. As a `where` on the employee, so a guessed id outside
 * the scope finds nothing.
 */
function creditScope(user: SessionUser): Prisma.EmployeeWhereInput | null {
  if (can(user, "appraisal.read.all")) return {};
  const scopes: Prisma.EmployeeWhereInput[] = [];
  if (can(user, "appraisal.own")) scopes.push({ id: user.employeeId });
  if (can(user, "appraisal.rate")) scopes.push({ appraisals: { some: { OR: [{ raterId: user.employeeId }, { raterRaterId: user.employeeId }] } } });
  return scopes.length ? { OR: scopes } : null;
}

const sum3 = (values: number[]) => Math.round(values.reduce((total, value) => total + value * 1000, 0)) / 1000;

/**
 * A person's angka kredit by year with the current jenjang's progress (PermenPANRB 1/2023). Null when
 * the person is outside the user's scope, or holds no functional position and never earned credit.
 * One statement: the employee with position, rank and awards joined.
 */
export async function getCreditSummary(user: SessionUser, employeeId: number): Promise<CreditSummary | null> {
  const scope = creditScope(user);
  if (!scope) return null;
  const row = await db.employee.findFirst({
    where: { AND: [{ id: employeeId }, scope] },
    select: {
      id: true,
      name: true,
      rankId: true,
      position: { select: { name: true, type: true, functionalLevel: true } },
      creditAwards: {
        select: { year: true, functionalLevel: true, months: true, predikat: true, percentage: true, coefficient: true, credit: true },
        orderBy: [{ year: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!row) return null;
  const level = row.position.type === "FUNGSIONAL" ? row.position.functionalLevel : null;
  if (!level && row.creditAwards.length === 0) return null;
  const awards = row.creditAwards.map((award) => ({ ...award, coefficient: award.coefficient.toNumber(), credit: award.credit.toNumber() }));
  const levelTotal = sum3(awards.filter((award) => award.functionalLevel === level).map((award) => award.credit));
  const next = row.rankId ? nextRank(row.rankId) : null;
  return {
    employeeId: row.id,
    name: row.name,
    level,
    positionName: row.position.name,
    nextRank: next ? { code: next.code, name: next.name } : null,
    awards,
    total: sum3(awards.map((award) => award.credit)),
    levelTotal,
    progress: level ? creditProgress(levelTotal, level) : null,
  };
}
