// The demo's CLOSED KP round for TMT 1 October 2026, written as the app would have left it: the
// screening of every PNS (demo-talent-screening.ts), the usulan (everyone eligible plus two pilihan
// candidates HR added), the members' words, the chair's decisions and the close's effect (numbered
// SKs, rank history, the employee's current pangkat).
//
// The demo's career generator already recorded promotions with this TMT (careers.ts plans ranks by
// years alone; predikats and angka kredit are generated later). Those the screening finds eligible
// for the same pangkat, and the structural pilihan one, become this round's approvals (their history
// rows get the round's SK); the few the app's own rule would not pass (a predikat or the angka kredit
// short) are undone: the row is removed, the person keeps the pangkat the round screened and appears
// in it as not eligible, with the conditions that stopped them.
import { dateOnly, toIsoDate } from "../../lib/domain/dates";
import { skNumber } from "../../lib/domain/promotion-round";
import type { Prisma } from "../../lib/generated/prisma/client";
import { storeConditions } from "../../lib/promotions/conditions";
import type { SeedDb } from "./client";
import { screenDemoRound } from "./demo-talent-screening";
import { APPROVAL_REASONS, CONFLICT_REASON, RECOMMEND_REASONS, REJECTED_PILIHAN, STRUCTURAL_JUSTIFICATION } from "./demo-talent-texts";

export const DEMO_ROUND_TMT = dateOnly(2026, 10, 1);
/** The day the chair closed it: the SKs' date. */
export const DEMO_ROUND_CLOSED_ON = dateOnly(2026, 9, 24);

/** An instant at hour:minute WIB on a date-only day. */
const wib = (day: Date, hour: number, minute = 0) => new Date(day.getTime() + ((hour - 7) * 60 + minute) * 60_000);

export type RoundPeople = {
  admin: number;
  chair: number;
  /** Non-chair committee members, with the agency (org_units.path[1]) each leads. */
  members: readonly { id: number; agency: number | undefined }[];
  /** Left out of the round entirely (the e2e suite screens him in a round of its own). */
  staff: number;
  /** The demo account HR proposes through the achievement route and the committee turns down. */
  rejected: number;
};

export type RoundSummary = { roundId: number; screened: number; eligible: number; proposed: number; approved: number; rejected: number };

export async function seedDemoRound(db: SeedDb, who: RoundPeople): Promise<RoundSummary> {
  const tmt = DEMO_ROUND_TMT;
  const screened = await screenDemoRound(db, tmt, new Set([who.staff]));
  const employees = await db.employee.findMany({ select: { id: true, searchName: true, unit: { select: { path: true } } } });
  const person = new Map(employees.map((e) => [e.id, e]));
  const onPeriod = await db.rankHistory.findMany({ where: { tmt, kind: { not: "PENGANGKATAN" } }, select: { id: true, employeeId: true, rankId: true, kind: true } });
  const promoted = new Map(onPeriod.map((row) => [row.employeeId, row]));

  type Row = Omit<Prisma.PromotionCandidateCreateManyInput, "roundId"> & { historyId?: number };
  const rows: Row[] = [];
  const undone: { historyId: number; employeeId: number; rankId: number | null; rankTmt: Date | null }[] = [];
  for (const s of screened) {
    const row: Row = {
      employeeId: s.employeeId,
      route: s.result.route ?? "REGULER",
      eligible: s.result.eligibleNow,
      proposed: s.result.eligibleNow,
      fromRankId: s.rankId,
      toRankId: s.result.nextRankId,
      conditions: JSON.parse(storeConditions(s.result.conditions)) as Prisma.InputJsonValue,
    };
    const history = promoted.get(s.employeeId);
    if (history) {
      if (s.result.eligibleNow && s.result.nextRankId === history.rankId) row.historyId = history.id;
      else if (history.kind === "PILIHAN_STRUKTURAL") Object.assign(row, { route: "PILIHAN_STRUKTURAL", proposed: true, toRankId: history.rankId, justification: STRUCTURAL_JUSTIFICATION, addedById: who.admin, historyId: history.id });
      else undone.push({ historyId: history.id, employeeId: s.employeeId, rankId: s.rankId, rankTmt: s.rankTmt });
    }
    if (s.employeeId === who.rejected && s.rankId !== null && !row.proposed) {
      Object.assign(row, { route: REJECTED_PILIHAN.route, proposed: true, toRankId: s.rankId + 1, justification: REJECTED_PILIHAN.justification, addedById: who.admin });
    }
    rows.push(row);
  }

  const round = await db.promotionRound.create({
    data: {
      periodTmt: tmt,
      status: "CLOSED",
      chairId: who.chair,
      openedById: who.admin,
      screenedAt: wib(dateOnly(2026, 9, 2), 10, 15),
      // Every row came from the screening (the pilihan ones were screened first, then added).
      screenedCount: rows.length,
      eligibleCount: rows.filter((r) => r.eligible).length,
      sentAt: wib(dateOnly(2026, 9, 8), 14),
      closedAt: wib(DEMO_ROUND_CLOSED_ON, 15),
      version: 6,
      createdAt: wib(dateOnly(2026, 9, 1), 9),
    },
    select: { id: true },
  });
  const decided = wib(dateOnly(2026, 9, 22), 10);
  const written = await db.promotionCandidate.createManyAndReturn({
    data: rows.map(({ historyId: _h, ...row }) => {
      if (!row.proposed) return { ...row, roundId: round.id };
      const rejected = row.employeeId === who.rejected;
      const reason = rejected ? REJECTED_PILIHAN.decision : (APPROVAL_REASONS[row.route as string] ?? APPROVAL_REASONS.REGULER!);
      return { ...row, roundId: round.id, decision: rejected ? "REJECTED" : "APPROVED", decisionReason: reason, decidedById: who.chair, decidedAt: decided, version: 3 };
    }),
    select: { id: true, employeeId: true, proposed: true, decision: true, route: true, toRankId: true },
  });

  // Members' words: a conflict on people of the agency they lead, otherwise a recommendation.
  const votes: Prisma.CommitteeVoteCreateManyInput[] = [];
  for (const [index, c] of written.filter((w) => w.proposed).entries()) {
    const agency = person.get(c.employeeId)?.unit.path[1];
    for (const [m, member] of who.members.entries()) {
      const createdAt = wib(dateOnly(2026, 9, 14 + m), 9, index * 7);
      if (member.agency !== undefined && member.agency === agency) votes.push({ promotionCandidateId: c.id, memberId: member.id, kind: "CONFLICT", reason: CONFLICT_REASON, createdAt });
      else if (c.employeeId === who.rejected) votes.push({ promotionCandidateId: c.id, memberId: member.id, kind: "NOT_RECOMMEND", reason: REJECTED_PILIHAN.votes[m % REJECTED_PILIHAN.votes.length]!, createdAt });
      else votes.push({ promotionCandidateId: c.id, memberId: member.id, kind: "RECOMMEND", reason: RECOMMEND_REASONS[(index + m) % RECOMMEND_REASONS.length]!, createdAt });
    }
  }
  await db.committeeVote.createMany({ data: votes });

  // The close: SKs numbered by name, the rank history and the current pangkat.
  const year = DEMO_ROUND_CLOSED_ON.getUTCFullYear();
  const approved = written.filter((w) => w.decision === "APPROVED").sort((a, b) => person.get(a.employeeId)!.searchName.localeCompare(person.get(b.employeeId)!.searchName) || a.id - b.id);
  const historyOf = new Map(rows.map((r) => [r.employeeId, r.historyId]));
  const numbered = approved.map((c, index) => ({ ...c, number: skNumber("promotion", index + 1, year), historyId: historyOf.get(c.employeeId) }));
  const skDay = toIsoDate(DEMO_ROUND_CLOSED_ON);
  // Set-based, as the close does: the SKs, the history rows (the generator's row for the period gets
  // the round's SK and route), the new rows and the current pangkat.
  await db.$executeRaw`
    UPDATE promotion_candidates c SET sk_number = u.number, sk_date = ${skDay}::date
    FROM unnest(${numbered.map((c) => c.id)}::int[], ${numbered.map((c) => c.number)}::text[]) AS u(id, number) WHERE c.id = u.id`;
  const existing = numbered.filter((c) => c.historyId !== undefined);
  await db.$executeRaw`
    UPDATE rank_histories h SET sk_number = u.number, sk_date = ${skDay}::date, kind = u.kind::"RankChangeKind"
    FROM unnest(${existing.map((c) => c.historyId!)}::int[], ${existing.map((c) => c.number)}::text[], ${existing.map((c) => c.route)}::text[]) AS u(id, number, kind)
    WHERE h.id = u.id`;
  const fresh = numbered.filter((c) => c.historyId === undefined);
  await db.rankHistory.createMany({ data: fresh.map((c) => ({ employeeId: c.employeeId, rankId: c.toRankId!, kind: c.route, tmt, skNumber: c.number, skDate: DEMO_ROUND_CLOSED_ON })) });
  await db.$executeRaw`
    UPDATE employees e SET rank_id = u.rank_id, rank_tmt = ${toIsoDate(tmt)}::date
    FROM unnest(${fresh.map((c) => c.employeeId)}::int[], ${fresh.map((c) => c.toRankId!)}::int[]) AS u(id, rank_id)
    WHERE e.id = u.id AND (e.rank_tmt IS NULL OR e.rank_tmt <= ${toIsoDate(tmt)}::date)`;
  // The generator's promotions the rule does not pass: gone, with the pangkat the round screened.
  await db.rankHistory.deleteMany({ where: { id: { in: undone.map((u) => u.historyId) } } });
  await db.$executeRaw`
    UPDATE employees e SET rank_id = u.rank_id, rank_tmt = u.rank_tmt
    FROM unnest(${undone.map((u) => u.employeeId)}::int[], ${undone.map((u) => u.rankId)}::int[], ${undone.map((u) => (u.rankTmt ? toIsoDate(u.rankTmt) : null))}::date[]) AS u(id, rank_id, rank_tmt)
    WHERE e.id = u.id AND e.rank_tmt = ${toIsoDate(tmt)}::date`;
  return {
    roundId: round.id,
    screened: rows.length,
    eligible: rows.filter((r) => r.eligible).length,
    proposed: written.filter((w) => w.proposed).length,
    approved: approved.length,
    rejected: written.filter((w) => w.decision === "REJECTED").length,
  };
}
