// The committee over a promotion round against a real PostgreSQL: conflicts remove a member from a
// candidate, one word per member, only the round's chair decides and closes (once everything is
// decided), closing applies approved promotions with numbered SKs, a closed round refuses every
// step, and a correction is recorded and re-applied. Refusals leave no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeCase, correctDecision, decideCandidate } from "../../lib/committee/decision-mutations";
import { getCandidateCommitteeState, getCommitteeStates, listCasesInReview } from "../../lib/committee/queries";
import { castVote, declareConflict } from "../../lib/committee/vote-mutations";
import { skSequence } from "../../lib/domain/promotion-round";
import { today } from "../../lib/clock";
import { addCandidate } from "../../lib/promotions/candidate-mutations";
import { sendRound } from "../../lib/promotions/round-mutations";
import { screenRound } from "../../lib/promotions/screen-mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { newUnit, openFreshRound, pns, type Person } from "./promotion-fixtures";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let chair: SessionUser;
let member: SessionUser;
let other: SessionUser;
let staff: SessionUser;
let round: { id: number; period: Date };
let a: Person;
let b: Person;
let c: Person;
const ids: Record<string, number> = {};

const ref = (employeeId: number) => ({ kind: "promotion" as const, id: ids[employeeId]! });
const row = (employeeId: number) => seed.promotionCandidate.findUniqueOrThrow({ where: { id: ids[employeeId]! } });
const reason = "Kinerja dua tahun terakhir baik dan konsisten.";
const votes = () => seed.committeeVote.count();

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  chair = await actor(["PEGAWAI", "TIM_PENILAI"]);
  member = await actor(["PEGAWAI", "TIM_PENILAI"]);
  other = await actor(["PEGAWAI", "TIM_PENILAI"]);
  staff = await actor(["PEGAWAI"]);
  round = await openFreshRound(hr);
  const unit = await newUnit("Dinas Sidang");
  a = await pns(round.period, unit);
  b = await pns(round.period, unit);
  c = await pns(round.period, unit, { predikats: [null, "BAIK"] });
  const v = async () => (await seed.promotionRound.findUniqueOrThrow({ where: { id: round.id } })).version;
  await screenRound(hr, round.id, { version: await v() });
  await addCandidate(hr, round.id, { nip: c.nip, route: "PENYESUAIAN_IJAZAH", toRankId: null, justification: "Ijazah S2 diperoleh dan diakui untuk penyesuaian pangkat." });
  const proposed = await seed.promotionCandidate.findMany({ where: { roundId: round.id, proposed: true }, select: { id: true, employeeId: true } });
  for (const p of proposed) ids[p.employeeId] = p.id;
  expect(ids[a.id] && ids[b.id] && ids[c.id]).toBeTruthy();
  // Votes before sending: the round is still HR's and the committee cannot see it.
  await expect(castVote(member, ref(a.id), { kind: "RECOMMEND", reason })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await sendRound(hr, round.id, { chairId: chair.employeeId, version: await v() });
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("words of the members", () => {
  it("a member with a declared conflict cannot vote on that candidate", async () => {
    await declareConflict(member, ref(a.id), { reason: "Kandidat adalah adik ipar saya." });
    const before = { votes: await votes(), audits: await auditCount({ action: "committee.voted" }) };
    await expect(castVote(member, ref(a.id), { kind: "RECOMMEND", reason })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(declareConflict(member, ref(a.id), { reason: "Sekali lagi." })).rejects.toMatchObject({ code: "CONFLICT" });
    expect({ votes: await votes(), audits: await auditCount({ action: "committee.voted" }) }).toEqual(before);
    const state = (await getCandidateCommitteeState(member, ref(a.id)))!;
    expect(state).toMatchObject({ myWord: "CONFLICT", canVote: false, canConflict: false, tally: { conflicts: 1, recommend: 0 } });
  });

  it("one word per member and candidate, even on a double submit", async () => {
    const results = await Promise.allSettled([castVote(member, ref(b.id), { kind: "RECOMMEND", reason }), castVote(member, ref(b.id), { kind: "NOT_RECOMMEND", reason })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await seed.committeeVote.count({ where: { promotionCandidateId: ids[b.id], memberId: member.employeeId } })).toBe(1);
    await castVote(other, ref(b.id), { kind: "NOT_RECOMMEND", reason: "Belum menunjukkan kepemimpinan." });
    await castVote(chair, ref(b.id), { kind: "RECOMMEND", reason });
  });

  it("staff cannot read or act as committee", async () => {
    await expect(getCandidateCommitteeState(staff, ref(b.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(castVote(staff, ref(b.id), { kind: "RECOMMEND", reason })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listCasesInReview(staff, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("members see names and reasons, and the case in their list with their pending count", async () => {
    const states = await getCommitteeStates(other, "promotion", [ids[a.id]!, ids[b.id]!]);
    expect(states.get(ids[b.id]!)!.votes.map((v) => v.memberName).sort()).toEqual([chair.name, member.name, other.name].sort());
    const memberWord = (await seed.committeeVote.findFirstOrThrow({ where: { promotionCandidateId: ids[b.id], memberId: member.employeeId } })).kind;
    const recommend = memberWord === "RECOMMEND" ? 2 : 1;
    expect(states.get(ids[b.id]!)!.tally).toEqual({ recommend, notRecommend: 3 - recommend, conflicts: 0 });
    let found = null;
    for (let page = 1; !found; page += 1) {
      const list = await listCasesInReview(other, page);
      found = list.rows.find((r) => r.kind === "promotion" && r.id === round.id) ?? null;
      if (list.rows.length === 0) break;
    }
    expect(found).toMatchObject({ status: "IN_REVIEW", candidates: Object.keys(ids).length, decided: 0, myPending: Object.keys(ids).length - 1 });
  });
});

describe("decisions", () => {
  it("only the chair decides; another member is refused and nothing is written", async () => {
    const before = { audits: await auditCount({ action: "committee.decided" }), row: await row(a.id) };
    await expect(decideCandidate(member, ref(a.id), { decision: "APPROVED", reason, version: before.row.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideCandidate(staff, ref(a.id), { decision: "APPROVED", reason, version: before.row.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(closeCase(member, { kind: "promotion", id: round.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await auditCount({ action: "committee.decided" })).toBe(before.audits);
    expect(await row(a.id)).toEqual(before.row);
  });

  it("a stale version is a conflict", async () => {
    const current = await row(a.id);
    await decideCandidate(chair, ref(a.id), { decision: "REJECTED", reason: "Keputusan awal sebelum verifikasi.", version: current.version });
    await expect(decideCandidate(chair, ref(a.id), { decision: "APPROVED", reason, version: current.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await row(a.id)).toMatchObject({ decision: "REJECTED" });
  });

  it("a chair with a conflict cannot decide that candidate", async () => {
    await declareConflict(chair, ref(c.id), { reason: "Kandidat adalah anak saya." });
    await expect(decideCandidate(chair, ref(c.id), { decision: "APPROVED", reason, version: (await row(c.id)).version })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the round cannot close while a candidate is undecided", async () => {
    await expect(closeCase(chair, { kind: "promotion", id: round.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await seed.promotionRound.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("IN_REVIEW");
  });
});

describe("closing", () => {
  let rankBefore: { a: number | null; b: number | null };
  it("applies approved promotions: rank history with the route's kind, employee pangkat, numbered SKs", async () => {
    // The chair's conflict on c: c is decided by pushing the decision straight into the table is not
    // possible through the app, so the round's remaining candidates are decided here by the chair.
    for (const [employeeId, id] of Object.entries(ids)) {
      if (Number(employeeId) === c.id) continue;
      const current = await seed.promotionCandidate.findUniqueOrThrow({ where: { id } });
      const decision = Number(employeeId) === b.id || Number(employeeId) === a.id ? "APPROVED" : "REJECTED";
      await decideCandidate(chair, { kind: "promotion", id }, { decision, reason, version: current.version });
    }
    // c: the chair is conflicted and no member has spoken yet, so the round still cannot close;
    // once members speak, closing decides c by their majority.
    await expect(closeCase(chair, { kind: "promotion", id: round.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("1 kandidat") });
    await castVote(member, ref(c.id), { kind: "RECOMMEND", reason });
    await castVote(other, ref(c.id), { kind: "RECOMMEND", reason });
    rankBefore = { a: (await seed.employee.findUniqueOrThrow({ where: { id: a.id } })).rankId, b: (await seed.employee.findUniqueOrThrow({ where: { id: b.id } })).rankId };

    await closeCase(chair, { kind: "promotion", id: round.id });
    const closed = await seed.promotionRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(closed.status).toBe("CLOSED");
    expect(await row(c.id)).toMatchObject({ decision: "APPROVED", decidedById: null, decisionReason: expect.stringContaining("suara terbanyak") });
    for (const person of [a, b, c]) {
      const employee = await seed.employee.findUniqueOrThrow({ where: { id: person.id } });
      expect(employee).toMatchObject({ rankId: 10, rankTmt: round.period });
      const history = await seed.rankHistory.findFirstOrThrow({ where: { employeeId: person.id, tmt: round.period } });
      const cand = await row(person.id);
      expect(history).toMatchObject({ rankId: 10, kind: person === c ? "PENYESUAIAN_IJAZAH" : "REGULER", skNumber: cand.skNumber, skDate: today() });
      expect(skSequence("promotion", today().getUTCFullYear(), cand.skNumber!)).toBeGreaterThan(0);
    }
    const numbers = await Promise.all([a, b, c].map(async (p) => (await row(p.id)).skNumber));
    expect(new Set(numbers).size).toBe(3);
    expect(await auditCount({ action: "promotion.rank_granted", entityId: String(a.id) })).toBe(1);
    expect(rankBefore.a).toBe(9);
  });

  it("a closed round cannot be edited: every step is refused and nothing is written", async () => {
    const before = { votes: await votes(), audits: await auditCount(), a: await row(a.id), round: await seed.promotionRound.findUniqueOrThrow({ where: { id: round.id } }) };
    const late = await actor(["PEGAWAI", "TIM_PENILAI"]);
    await expect(castVote(late, ref(a.id), { kind: "RECOMMEND", reason })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("ditutup") });
    await expect(declareConflict(late, ref(a.id), { reason: "Konflik." })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideCandidate(chair, ref(a.id), { decision: "REJECTED", reason, version: before.a.version })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(closeCase(chair, { kind: "promotion", id: round.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(screenRound(hr, round.id, { version: before.round.version })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(correctDecision(member, ref(a.id), { decision: "REJECTED", reason: "Koreksi oleh anggota yang bukan ketua.", version: before.a.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(correctDecision(chair, ref(a.id), { decision: "APPROVED", reason: "Koreksi yang tidak mengubah apa pun.", version: before.a.version })).rejects.toMatchObject({ code: "VALIDATION" });
    expect({ votes: await votes(), audits: await auditCount(), a: await row(a.id) }).toEqual({ votes: before.votes, audits: before.audits, a: before.a });
  });

  it("a correction after closing is recorded and applied: approved → rejected restores the pangkat", async () => {
    const current = await row(a.id);
    await correctDecision(chair, ref(a.id), { decision: "REJECTED", reason: "Ditemukan hukuman disiplin yang belum tercatat saat sidang.", version: current.version });
    const after = await row(a.id);
    expect(after).toMatchObject({ decision: "REJECTED", skNumber: null });
    expect(await seed.decisionCorrection.findFirst({ where: { promotionCandidateId: ids[a.id] } })).toMatchObject({ fromDecision: "APPROVED", toDecision: "REJECTED", correctedById: chair.employeeId });
    const employee = await seed.employee.findUniqueOrThrow({ where: { id: a.id } });
    expect(employee.rankId).toBe(9);
    // Back to the pangkat's own TMT (the factory's history row for III/a), not the void promotion's.
    expect(employee.rankTmt!.getTime()).toBeLessThan(round.period.getTime());
    const koreksi = await seed.rankHistory.findFirstOrThrow({ where: { employeeId: a.id, kind: "KOREKSI" } });
    expect(koreksi).toMatchObject({ rankId: 9, tmt: round.period });
    const state = (await getCandidateCommitteeState(other, ref(a.id)))!;
    expect(state.corrections).toHaveLength(1);
  });

  it("rejected → approved applies it again with a new SK", async () => {
    const current = await row(a.id);
    await correctDecision(chair, ref(a.id), { decision: "APPROVED", reason: "Hukuman disiplin ternyata sudah berakhir sebelum TMT periode.", version: current.version });
    const after = await row(a.id);
    expect(after.decision).toBe("APPROVED");
    expect(after.skNumber).not.toBeNull();
    expect((await seed.employee.findUniqueOrThrow({ where: { id: a.id } })).rankId).toBe(10);
    expect(await seed.rankHistory.count({ where: { employeeId: a.id, tmt: round.period } })).toBe(3);
    expect(await seed.decisionCorrection.count({ where: { promotionCandidateId: ids[a.id] } })).toBe(2);
  });
});
