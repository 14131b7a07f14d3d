// HR's side of a promotion round against a real PostgreSQL: opening a period (once, even when two
// admins race), the set-based screening (one row per PNS with every condition, PPPK left out; a
// re-screen rewrites only the rows whose result changed and keeps pilihan ones), pilihan
// candidates, sending to the committee, and that a frozen round refuses every HR step without
// writing anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployee } from "../../prisma/seed/factories";
import { dateOnly } from "../../lib/domain/dates";
import { addCandidate, removeCandidate } from "../../lib/promotions/candidate-mutations";
import { readConditions } from "../../lib/promotions/conditions";
import { getRound, listRoundCandidates } from "../../lib/promotions/queries";
import { openRound, sendRound } from "../../lib/promotions/round-mutations";
import { screenRound } from "../../lib/promotions/screen-mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { newUnit, openFreshRound, pns, randomPeriod, type Person } from "./promotion-fixtures";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let staff: SessionUser;
let chair: SessionUser;
let round: { id: number; period: Date };
let eligible: Person;
let lowPredikat: Person;
let tooSoon: Person;
let pppk: number;
let unit: number;

const version = async () => (await seed.promotionRound.findUniqueOrThrow({ where: { id: round.id }, select: { version: true } })).version;
const candidate = (employeeId: number) => seed.promotionCandidate.findUnique({ where: { roundId_employeeId: { roundId: round.id, employeeId } } });
const justification = "Prestasi luar biasa: juara inovasi pelayanan publik tingkat nasional.";

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI"]);
  chair = await actor(["PEGAWAI", "TIM_PENILAI"]);
  round = await openFreshRound(hr);
  unit = await newUnit("Dinas Kenaikan Pangkat");
  eligible = await pns(round.period, unit);
  lowPredikat = await pns(round.period, unit, { predikats: ["BAIK", "BUTUH_PERBAIKAN"] });
  tooSoon = await pns(round.period, unit, { yearsBefore: 2 });
  pppk = (await createEmployee(seed, { unitId: unit, status: "PPPK" })).id;
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("opening a round", () => {
  it("refuses a TMT that is not the 1st of a KP month, writing nothing", async () => {
    const before = await seed.promotionRound.count();
    await expect(openRound(hr, { periodTmt: dateOnly(2300, 5, 2) })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { periodTmt: [expect.any(String)] } });
    await expect(openRound(hr, { periodTmt: dateOnly(2023, 6, 1) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await seed.promotionRound.count()).toBe(before);
  });

  it("only HR opens rounds", async () => {
    await expect(openRound(staff, { periodTmt: randomPeriod() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(openRound(chair, { periodTmt: randomPeriod() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("two admins opening the same period at once: exactly one round, the other told the period is open", async () => {
    const other = await actor(["PEGAWAI", "ADMIN_BKD"]);
    let period = randomPeriod();
    while (await seed.promotionRound.findUnique({ where: { periodTmt: period } })) period = randomPeriod();
    const results = await Promise.allSettled([openRound(hr, { periodTmt: period }), openRound(other, { periodTmt: period })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "VALIDATION", fieldErrors: { periodTmt: ["Periode ini sudah dibuka."] } });
    expect(await seed.promotionRound.count({ where: { periodTmt: period } })).toBe(1);
    expect(await auditCount({ action: "promotion.round_opened", entityType: "PromotionRound", entityId: String((results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<number>).value) })).toBe(1);
  });
});

describe("screening", () => {
  it("writes one row per PNS with every condition, leaves PPPK out, and counts", async () => {
    const result = await screenRound(hr, round.id, { version: await version() });
    const pnsCount = await seed.employee.count({ where: { status: "PNS" } });
    expect(result.screened).toBe(pnsCount);
    expect(await seed.promotionCandidate.count({ where: { roundId: round.id } })).toBe(pnsCount);
    expect(await candidate(pppk)).toBeNull();

    const yes = (await candidate(eligible.id))!;
    expect(yes).toMatchObject({ route: "REGULER", eligible: true, proposed: true, fromRankId: 9, toRankId: 10 });
    expect(readConditions(yes.conditions).map((c) => [c.code, c.met])).toEqual([
      ["YEARS_IN_RANK", true],
      ["PERFORMANCE", true],
      ["EDUCATION_CAP", true],
      ["NO_SANCTION", true],
    ]);
    const low = (await candidate(lowPredikat.id))!;
    expect(low).toMatchObject({ eligible: false, proposed: false });
    expect(readConditions(low.conditions).filter((c) => !c.met).map((c) => c.code)).toEqual(["PERFORMANCE"]);
    const soon = (await candidate(tooSoon.id))!;
    expect(readConditions(soon.conditions).filter((c) => !c.met).map((c) => c.code)).toEqual(["YEARS_IN_RANK"]);

    const summary = (await getRound(hr, round.id))!;
    expect(summary.screenedCount).toBe(pnsCount);
    expect(summary.eligibleCount).toBe(await seed.promotionCandidate.count({ where: { roundId: round.id, eligible: true } }));
    expect(summary.screenedAt).not.toBeNull();
  });

  it("refuses a stale version (someone changed the list meanwhile)", async () => {
    const audits = await auditCount({ action: "promotion.round_screened" });
    await expect(screenRound(hr, round.id, { version: (await version()) - 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await auditCount({ action: "promotion.round_screened" })).toBe(audits);
  });

  it("is HR's alone", async () => {
    await expect(screenRound(staff, round.id, { version: await version() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("pilihan candidates", () => {
  it("refuses bad input beside the field, writing nothing", async () => {
    const audits = await auditCount({ entityType: "PromotionCandidate" });
    await expect(addCandidate(hr, round.id, { nip: "199901012020011999", route: "PRESTASI", toRankId: null, justification })).rejects.toMatchObject({ fieldErrors: { nip: [expect.any(String)] } });
    await expect(addCandidate(hr, round.id, { nip: eligible.nip, route: "PRESTASI", toRankId: null, justification })).rejects.toMatchObject({ fieldErrors: { nip: ["Pegawai ini sudah diusulkan karena memenuhi syarat pada penyaringan."] } });
    await expect(addCandidate(hr, round.id, { nip: lowPredikat.nip, route: "PRESTASI", toRankId: 9, justification })).rejects.toMatchObject({ fieldErrors: { toRankId: [expect.any(String)] } });
    const pppkNip = (await seed.employee.findUniqueOrThrow({ where: { id: pppk } })).nip;
    await expect(addCandidate(hr, round.id, { nip: pppkNip, route: "PRESTASI", toRankId: null, justification })).rejects.toMatchObject({ fieldErrors: { nip: [expect.any(String)] } });
    expect(await auditCount({ entityType: "PromotionCandidate" })).toBe(audits);
    expect(await candidate(lowPredikat.id)).toMatchObject({ proposed: false, addedById: null });
  });

  it("adds a screened person through a pilihan route, and a re-screen keeps it while bringing the rest up to date", async () => {
    await addCandidate(hr, round.id, { nip: lowPredikat.nip, route: "PRESTASI", toRankId: null, justification });
    expect(await candidate(lowPredikat.id)).toMatchObject({ route: "PRESTASI", proposed: true, toRankId: 10, justification, addedById: hr.employeeId, eligible: false });
    await expect(addCandidate(hr, round.id, { nip: lowPredikat.nip, route: "PILIHAN_STRUKTURAL", toRankId: null, justification })).rejects.toMatchObject({ fieldErrors: { nip: [expect.any(String)] } });

    const unit = await newUnit("Dinas Penyaringan Ulang");
    const corrected = await pns(round.period, unit, { predikats: ["BAIK", "KURANG"] });
    const leaver = await pns(round.period, unit);
    await screenRound(hr, round.id, { version: await version() });
    const steady = (await candidate(eligible.id))!;
    const wrong = (await candidate(corrected.id))!;
    expect(wrong).toMatchObject({ eligible: false, proposed: false });

    // Between screenings HR corrects a predikat, someone leaves the PNS and a new PNS arrives.
    await seed.annualPerformance.update({ where: { employeeId_year: { employeeId: corrected.id, year: round.period.getUTCFullYear() - 1 } }, data: { predikat: "BAIK" } });
    await seed.employee.update({ where: { id: leaver.id }, data: { status: "PPPK" } });
    const newcomer = await pns(round.period, unit);
    const result = await screenRound(hr, round.id, { version: await version() });
    expect(result.screened).toBe(await seed.employee.count({ where: { status: "PNS" } }));
    const fixed = (await candidate(corrected.id))!;
    expect(fixed).toMatchObject({ id: wrong.id, eligible: true, proposed: true, version: wrong.version + 1 });
    expect(readConditions(fixed.conditions).filter((c) => !c.met)).toEqual([]);
    expect(await candidate(leaver.id)).toBeNull();
    expect(await candidate(newcomer.id)).toMatchObject({ route: "REGULER", eligible: true, proposed: true, toRankId: 10 });
    // A person whose result did not change keeps the very same row: nothing was rewritten.
    expect(await candidate(eligible.id)).toEqual(steady);
    const kept = (await candidate(lowPredikat.id))!;
    expect(kept).toMatchObject({ route: "PRESTASI", proposed: true, justification, eligible: false });
    expect(readConditions(kept.conditions)).toHaveLength(4);
  });

  it("removing it puts the screening's line back", async () => {
    const row = (await candidate(lowPredikat.id))!;
    await removeCandidate(hr, row.id, { version: row.version });
    expect(await candidate(lowPredikat.id)).toMatchObject({ route: "REGULER", proposed: false, toRankId: 10, justification: null, addedById: null });
    await expect(removeCandidate(hr, (await candidate(eligible.id))!.id, { version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await addCandidate(hr, round.id, { nip: lowPredikat.nip, route: "PRESTASI", toRankId: null, justification });
  });

  it("lists proposed first and filters in SQL", async () => {
    const proposed = await listRoundCandidates(hr, round.id, { view: "proposed", q: eligible.nip, page: 1 });
    expect(proposed.rows.map((r) => r.employee.id)).toEqual([eligible.id]);
    const notEligible = await listRoundCandidates(hr, round.id, { view: "notEligible", q: tooSoon.nip, page: 1 });
    expect(notEligible.rows.map((r) => r.employee.id)).toEqual([tooSoon.id]);
    const none = await listRoundCandidates(hr, round.id, { view: "eligible", q: tooSoon.nip, page: 1 });
    expect(none.total).toBe(0);
    await expect(listRoundCandidates(staff, round.id, { view: "all", page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("orders a unit's list usulan first, then by name, and finds a person there by a word of the name", async () => {
    const names = new Map((await seed.employee.findMany({ where: { id: { in: [eligible.id, lowPredikat.id, tooSoon.id] } }, select: { id: true, name: true } })).map((e) => [e.id, e.name]));
    const byName = (ids: number[]) => [...ids].sort((a, b) => (names.get(a)! < names.get(b)! ? -1 : names.get(a)! > names.get(b)! ? 1 : a - b));
    const list = await listRoundCandidates(hr, round.id, { view: "all", unit, page: 1 });
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => r.employee.id)).toEqual([...byName([eligible.id, lowPredikat.id]), tooSoon.id]);
    const word = names.get(tooSoon.id)!.split(" ").find((w) => w.length >= 3)!;
    const found = await listRoundCandidates(hr, round.id, { view: "all", unit, q: word.toUpperCase(), page: 1 });
    expect(found.rows.map((r) => r.employee.id)).toContain(tooSoon.id);
    expect(found.rows.every((r) => names.get(r.employee.id)!.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  });
});

describe("sending to the committee", () => {
  it("needs an active TIM_PENILAI chair and the current version", async () => {
    await expect(sendRound(hr, round.id, { chairId: staff.employeeId, version: await version() })).rejects.toMatchObject({ fieldErrors: { chairId: [expect.any(String)] } });
    await expect(sendRound(hr, round.id, { chairId: chair.employeeId, version: (await version()) - 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getRound(hr, round.id))!.status).toBe("DRAFT");
  });

  it("freezes the list: every HR step is refused afterwards and nothing is written", async () => {
    await sendRound(hr, round.id, { chairId: chair.employeeId, version: await version() });
    const summary = (await getRound(hr, round.id))!;
    expect(summary).toMatchObject({ status: "IN_REVIEW", chair: { id: chair.employeeId } });
    const rows = await seed.promotionCandidate.count({ where: { roundId: round.id } });
    const audits = await auditCount();
    const v = await version();
    await expect(screenRound(hr, round.id, { version: v })).rejects.toMatchObject({ code: "CONFLICT", message: "Usulan sudah dikirim ke Tim Penilai: daftar dibekukan." });
    await expect(addCandidate(hr, round.id, { nip: tooSoon.nip, route: "PRESTASI", toRankId: null, justification })).rejects.toMatchObject({ code: "CONFLICT" });
    const added = (await candidate(lowPredikat.id))!;
    await expect(removeCandidate(hr, added.id, { version: added.version })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sendRound(hr, round.id, { chairId: chair.employeeId, version: v })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await seed.promotionCandidate.count({ where: { roundId: round.id } })).toBe(rows);
    expect(await auditCount()).toBe(audits);
    expect(await version()).toBe(v);
  });
});
