// Demo talent management and committee data (issue 5), called at the end of seedDemo in its
// transaction, after the appraisals (2025 predikats) and the development data: two more committee
// members (TIM_PENILAI), potential scores for about 70% of the PNS, key positions with successors
// from the talent pool, and one closed KP round (TMT 1 October 2026) with its decisions applied.
// There is no open round and no placement selection: the e2e suite opens its own.
import { dateOnly } from "../../lib/domain/dates";
import type { Predikat } from "../../lib/domain/predikat";
import type { SeedDb } from "./client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { planDemoTalent, type FixedScore } from "./demo-talent-plan";
import { seedDemoRound, type RoundSummary } from "./demo-talent-round";

export { DEMO_ROUND_TMT } from "./demo-talent-round";

const nipOf = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!.nip;

/**
 * Senior people who sit on the committee beside the chair (not README accounts): the head of the BKD
 * and the Inspektur. Their NIPs are fixed by the demo plan; tests/e2e/support/committee.ts signs in
 * with them.
 */
export const DEMO_COMMITTEE_MEMBERS = ["197008282001072249", "197901102010021030"] as const;

/** The year the demo's 9-box opens on (the newest year with annual predikats). */
export const DEMO_TALENT_YEAR = 2025;

const FIXED_SCORES: readonly FixedScore[] = [
  { nip: nipOf("chair"), score: 86.5, assessedOn: dateOnly(2025, 8, 14) },
  { nip: nipOf("admin"), score: 78.25, assessedOn: dateOnly(2025, 8, 14) },
  { nip: DEMO_COMMITTEE_MEMBERS[0], score: 84, assessedOn: dateOnly(2025, 5, 20) },
  { nip: DEMO_COMMITTEE_MEMBERS[1], score: 81.5, assessedOn: dateOnly(2025, 5, 20) },
];

export type DemoTalentCounts = { potentials: number; keyPositions: number; successors: number; round: RoundSummary };

export async function seedDemoTalent(db: SeedDb): Promise<DemoTalentCounts> {
  const employees = await db.employee.findMany({
    select: { id: true, nip: true, status: true, rankId: true, positionId: true, unit: { select: { path: true } }, position: { select: { grade: true } } },
    orderBy: { id: "asc" },
  });
  const positions = await db.position.findMany({ select: { id: true, name: true, grade: true, minRankId: true, unit: { select: { path: true } } } });
  const annual = await db.annualPerformance.findMany({ where: { year: DEMO_TALENT_YEAR }, select: { employeeId: true, predikat: true } });
  const idOf = new Map(employees.map((e) => [e.nip, e.id]));
  const need = (nip: string) => {
    const id = idOf.get(nip);
    if (id === undefined) throw new Error(`Demo person ${nip} is missing`);
    return id;
  };

  const members = DEMO_COMMITTEE_MEMBERS.map(need);
  for (const employeeId of members) await db.user.update({ where: { employeeId }, data: { roles: { push: "TIM_PENILAI" } } });

  const rows = planDemoTalent({
    people: employees.map((e) => ({ id: e.id, nip: e.nip, status: e.status, rankId: e.rankId, positionId: e.positionId, unitPath: e.unit.path, grade: e.position.grade })),
    posts: positions.map((p) => ({ id: p.id, name: p.name, grade: p.grade, minRankId: p.minRankId, unitPath: p.unit.path })),
    predikats: new Map(annual.map((row) => [row.employeeId, row.predikat as Predikat])),
    fixed: FIXED_SCORES,
  });
  const admin = need(nipOf("admin"));
  await db.potentialAssessment.createMany({ data: rows.potentials });
  await db.position.updateMany({ where: { id: { in: rows.keyPositionIds } }, data: { isKey: true } });
  await db.successionCandidate.createMany({ data: rows.successors.map((s) => ({ ...s, addedById: admin })) });

  const agencyOf = new Map(employees.map((e) => [e.id, e.unit.path[1]]));
  const round = await seedDemoRound(db, {
    admin,
    chair: need(nipOf("chair")),
    members: members.map((id) => ({ id, agency: agencyOf.get(id) })),
    staff: need(nipOf("staff")),
    rejected: need(nipOf("otherStaff")),
  });

  const counts: DemoTalentCounts = { potentials: rows.potentials.length, keyPositions: rows.keyPositionIds.length, successors: rows.successors.length, round };
  await db.auditLog.create({ data: { actorId: null, action: "seed.demo_talent", entityType: "Seed", entityId: null, after: { ...counts, round: { ...round } } } });
  return counts;
}
