// The demo's talent and committee data (prisma/seed/demo-talent*.ts) against what it claims: every
// 9-box cell of 2025 holds people, successors come from the talent pool, and the closed KP round is
// stored as the app's screening and close would have left it (read back through the app's own
// queries). Works in its own scratch database, seeded from nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenEligibility } from "../../lib/career/eligibility";
import { listOwnRounds } from "../../lib/career/round-queries";
import { skNumber } from "../../lib/domain/promotion-round";
import { BOXES, isTalentPool } from "../../lib/domain/talent/nine-box";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { storeConditions } from "../../lib/promotions/conditions";
import type { SessionUser } from "../../lib/server/session";
import { latestBoxes } from "../../lib/talent/box-queries";
import { getNineBoxGrid } from "../../lib/talent/grid-queries";
import { createSeedClient } from "../../prisma/seed/client";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { DEMO_COMMITTEE_MEMBERS, DEMO_ROUND_TMT, DEMO_TALENT_YEAR } from "../../prisma/seed/demo-talent";
import { recreateDatabase } from "../../scripts/lib/embedded-postgres";
import { prepareDatabase } from "../../scripts/lib/prepare-database";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for integration tests");
const SCRATCH = "jenjang_seed_talent_test";
const nip = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!.nip;

let db: PrismaClient;

beforeAll(async () => {
  const url = await recreateDatabase(serverUrl, SCRATCH);
  await prepareDatabase(url, { demo: true });
  db = createSeedClient(url);
  // The app's queries read lib/server/db.ts, which keeps its client here: point it at the scratch database.
  (globalThis as unknown as { jenjangDb?: PrismaClient }).jenjangDb = db;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  (globalThis as unknown as { jenjangDb?: PrismaClient }).jenjangDb = undefined;
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${SCRATCH}" WITH (FORCE)`);
  await client.end();
});

async function sessionOf(nipValue: string, roles?: Role[]): Promise<SessionUser> {
  const e = await db.employee.findUniqueOrThrow({ where: { nip: nipValue }, select: { id: true, name: true, user: { select: { id: true, roles: true } } } });
  return { userId: e.user!.id, employeeId: e.id, nip: nipValue, name: e.name, roles: roles ?? e.user!.roles };
}

const round = () => db.promotionRound.findFirstOrThrow({ where: { periodTmt: DEMO_ROUND_TMT }, include: { candidates: true } });

describe("demo talent seed", () => {
  it("fills every 9-box cell of 2025 and assesses about 70% of the PNS, the chair and HR included", async () => {
    const grid = await getNineBoxGrid(await sessionOf(nip("admin")), { year: DEMO_TALENT_YEAR, unitId: null });
    for (const box of BOXES) expect(grid.cells[box], `box ${box}`).toBeGreaterThan(0);
    const pns = await db.employee.count({ where: { status: "PNS" } });
    const assessed = await db.potentialAssessment.groupBy({ by: ["employeeId"] });
    expect(assessed.length / pns).toBeGreaterThan(0.6);
    expect(assessed.length / pns).toBeLessThan(0.8);
    const rows = await db.potentialAssessment.findMany({ select: { score: true, assessedOn: true, source: true, employee: { select: { nip: true, status: true } } } });
    for (const row of rows) {
      expect(row.employee.status).toBe("PNS");
      expect(row.source).toBe("Assessment Center BKD Provinsi Jambi");
      expect([2025, 2026]).toContain(row.assessedOn.getUTCFullYear());
      expect(Number(row.score)).toBeGreaterThanOrEqual(0);
      expect(Number(row.score)).toBeLessThanOrEqual(100);
    }
    for (const who of [nip("chair"), nip("admin")]) expect(rows.some((r) => r.employee.nip === who), who).toBe(true);
  });

  it("lists 1–3 successors per key position, each from boxes 7–9 and none holding the post", async () => {
    const keys = await db.position.findMany({ where: { isKey: true }, select: { id: true, successors: { select: { employeeId: true, readiness: true } } } });
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(keys.length).toBeLessThanOrEqual(5);
    const ids = keys.flatMap((k) => k.successors.map((s) => s.employeeId));
    const boxes = await latestBoxes(db, ids, DEMO_TALENT_YEAR);
    for (const key of keys) {
      expect(key.successors.length).toBeGreaterThanOrEqual(1);
      expect(key.successors.length).toBeLessThanOrEqual(3);
      const holders = await db.employee.findMany({ where: { positionId: key.id }, select: { id: true } });
      for (const s of key.successors) {
        expect(isTalentPool(boxes.get(s.employeeId)!.box), `${s.employeeId}`).toBe(true);
        expect(holders.map((h) => h.id)).not.toContain(s.employeeId);
      }
    }
  });

  it("seats two more committee members beside the chair; no round or selection is open", async () => {
    const members = await db.user.findMany({ where: { roles: { has: "TIM_PENILAI" } }, select: { employee: { select: { nip: true } } } });
    expect(members.map((m) => m.employee.nip).sort()).toEqual([nip("chair"), ...DEMO_COMMITTEE_MEMBERS].sort());
    expect(await db.promotionRound.count({ where: { status: { not: "CLOSED" } } })).toBe(0);
    expect(await db.placementSelection.count()).toBe(0);
  });

  it("closes the October 2026 round with counts matching its rows and every usulan decided with a reason", async () => {
    const r = await round();
    const chair = await db.employee.findUniqueOrThrow({ where: { nip: nip("chair") } });
    expect(r.status).toBe("CLOSED");
    expect(r.chairId).toBe(chair.id);
    expect(r.screenedCount).toBe(r.candidates.length);
    expect(r.eligibleCount).toBe(r.candidates.filter((c) => c.eligible).length);
    for (const c of r.candidates) {
      if (c.eligible) expect(c.proposed).toBe(true);
      if (c.proposed) expect([c.decision, c.decidedById, (c.decisionReason ?? "").length >= 10]).toEqual([expect.any(String), chair.id, true]);
      else expect(c.decision).toBeNull();
      if (c.route !== "REGULER" && c.route !== "PILIHAN_FUNGSIONAL") expect((c.justification ?? "").length).toBeGreaterThanOrEqual(20);
    }
    const decisions = r.candidates.filter((c) => c.proposed).map((c) => c.decision);
    expect(decisions.filter((d) => d === "REJECTED")).toHaveLength(1);
    expect(decisions.filter((d) => d === "APPROVED").length).toBeGreaterThanOrEqual(4);
    const staff = await db.employee.findUniqueOrThrow({ where: { nip: nip("staff") } });
    expect(r.candidates.some((c) => c.employeeId === staff.id)).toBe(false);
  });

  it("applies each approval as the close does: numbered SK, rank history at the TMT, the new current pangkat", async () => {
    const r = await round();
    const approved = r.candidates.filter((c) => c.decision === "APPROVED");
    const numbers = approved.map((c) => c.skNumber).sort();
    expect(numbers).toEqual(approved.map((_, i) => skNumber("promotion", i + 1, 2026)).sort());
    for (const c of approved) {
      const e = await db.employee.findUniqueOrThrow({ where: { id: c.employeeId }, select: { rankId: true, rankTmt: true } });
      expect([e.rankId, e.rankTmt]).toEqual([c.toRankId, DEMO_ROUND_TMT]);
      const history = await db.rankHistory.findMany({ where: { employeeId: c.employeeId, skNumber: c.skNumber! } });
      expect(history.map((h) => [h.rankId, h.tmt, h.kind, h.skDate])).toEqual([[c.toRankId, DEMO_ROUND_TMT, c.route, c.skDate]]);
    }
    for (const c of r.candidates.filter((x) => x.decision !== "APPROVED")) expect(c.skNumber).toBeNull();
    // Every promotion at the round's TMT is one the round approved: the generator's promotions the
    // rule would not pass were undone, so nobody holds a pangkat the app's own checklist refuses.
    const onPeriod = await db.rankHistory.findMany({ where: { tmt: DEMO_ROUND_TMT, kind: { not: "PENGANGKATAN" } }, select: { skNumber: true } });
    expect(onPeriod.map((h) => h.skNumber).sort()).toEqual(numbers);
  });

  it("stores the screening the app computes, for everyone whose pangkat the round did not change", async () => {
    const r = await round();
    const app = new Map((await screenEligibility(DEMO_ROUND_TMT)).map((row) => [row.employeeId, row]));
    let compared = 0;
    for (const c of r.candidates.filter((x) => x.decision !== "APPROVED")) {
      const expected = app.get(c.employeeId)!;
      expect(c.eligible).toBe(expected.eligibleNow);
      expect(c.fromRankId).toBe(expected.rankId);
      // JSONB orders keys its own way: compare the values.
      expect(c.conditions).toEqual(JSON.parse(storeConditions(expected.conditions)));
      if (c.addedById === null) expect([c.route, c.toRankId]).toEqual([expected.route ?? "REGULER", expected.nextRankId]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("shows Nurul Hidayah her round on Karier Saya: proposed through a pilihan route, rejected with the reason and the counts", async () => {
    const nurul = await sessionOf(nip("otherStaff"));
    const rounds = await listOwnRounds(nurul, nurul.employeeId);
    expect(rounds).toHaveLength(1);
    const [own] = rounds;
    expect([own!.status, own!.proposed, own!.route, own!.decision]).toEqual(["CLOSED", true, "PRESTASI", "REJECTED"]);
    expect(own!.decisionReason).toMatch(/tingkat nasional/);
    expect(own!.tally).toEqual({ recommend: 0, notRecommend: 2, conflicts: 0 });
    const staff = await sessionOf(nip("staff"));
    expect(await listOwnRounds(staff, staff.employeeId)).toEqual([]);
  });

  it("has committee words only on the usulan: a conflict only from the head of the candidate's own agency", async () => {
    const votes = await db.committeeVote.findMany({
      select: { kind: true, member: { select: { nip: true, unit: { select: { path: true } } } }, promotionCandidate: { select: { proposed: true, employee: { select: { unit: { select: { path: true } } } } } } },
    });
    expect(votes.length).toBeGreaterThan(0);
    for (const v of votes) {
      expect(v.promotionCandidate!.proposed).toBe(true);
      expect(DEMO_COMMITTEE_MEMBERS as readonly string[]).toContain(v.member.nip);
      const sameAgency = v.member.unit.path[1] === v.promotionCandidate!.employee.unit.path[1];
      expect(v.kind === "CONFLICT").toBe(sameAgency);
    }
  });
});
