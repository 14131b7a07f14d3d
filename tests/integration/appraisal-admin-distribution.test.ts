// The unit distribution against a real PostgreSQL: which people count (the year's latest SKP, rated
// or later, in the branch the unit's result governs), the limits and violations, and who may look.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnitDistribution } from "../../lib/appraisal-admin/distribution-queries";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { defaultRules, ratedStaff, setResult, splitStaff, unitWithHead, YEAR, type Unit } from "./appraisal-admin-fixtures";
import { actor, seed } from "./support/context";

let admin: SessionUser;
let staff: SessionUser;
let opd: Unit;
let bidang: Unit;
let ownResult: Unit;

const countsOf = (d: NonNullable<Awaited<ReturnType<typeof getUnitDistribution>>>) => Object.fromEntries(d.shares.map((s) => [s.predikat, s.count]));

beforeAll(async () => {
  await defaultRules();
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI"]);
  // OPD (result ISTIMEWA) → bidang (no result: governed by the OPD) and a branch with its own result.
  opd = await unitWithHead();
  bidang = await unitWithHead(opd.id);
  ownResult = await unitWithHead(opd.id);
  await setResult(opd.id, "ISTIMEWA");
  await setResult(ownResult.id, "BAIK");
  await ratedStaff(opd, "SANGAT_BAIK");
  await ratedStaff(opd, "SANGAT_BAIK", { status: "RELEASED" });
  await ratedStaff(bidang, "SANGAT_BAIK");
  await ratedStaff(bidang, "BAIK", { status: "ACKNOWLEDGED" });
  await ratedStaff(bidang, "BAIK", { status: "SELF_ASSESSED" }); // not rated yet: no predikat
  await ratedStaff(bidang, null); // SKP without an annual evaluation
  await ratedStaff(ownResult, "KURANG"); // counted under its own branch only
  // Moved from the OPD to the bidang mid-year: only the later SKP (BAIK) counts.
  await splitStaff(opd, bidang, "SANGAT_KURANG", "BAIK");
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("getUnitDistribution", () => {
  it("counts rated-or-later annual results of each person's latest SKP in the governed branch", async () => {
    const d = (await getUnitDistribution(admin, opd.id, YEAR))!;
    expect(countsOf(d)).toEqual({ SANGAT_BAIK: 3, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
    expect(d.rated).toBe(5);
    // Staff with an SKP: 2 (opd) + 4 (bidang) + the split person once = 7; 5 rated.
    expect(d.notRated).toBe(2);
    // RATED and not yet released: one in the OPD, one in the bidang and both SKPs of the split person
    // (the superseded one is released too: it still earns its own credit).
    expect(d.pending).toBe(4);
    expect(d.excluded).toEqual([{ id: ownResult.id, name: expect.any(String) }]);
    expect(d.result).toMatchObject({ result: "ISTIMEWA", finalizedAt: null });
  });

  it("reports the shares and the limits of the unit's result that the staff break", async () => {
    const d = (await getUnitDistribution(admin, opd.id, YEAR))!;
    expect(d.shares.find((s) => s.predikat === "SANGAT_BAIK")!.percent).toBe(60);
    // ISTIMEWA: Sangat Baik at most 70% → 3 of 5 fits.
    expect(d.rules).toEqual([expect.objectContaining({ predikats: ["SANGAT_BAIK"], maxPercent: 70 })]);
    expect(d.violations).toEqual([]);

    const branch = (await getUnitDistribution(admin, ownResult.id, YEAR))!;
    expect(countsOf(branch)).toMatchObject({ KURANG: 1 });
    // BAIK: Baik at most 70% and someone Butuh Perbaikan or Kurang; the one KURANG fits both.
    expect(branch.violations).toEqual([]);
  });

  it("shows a unit without a result with what its result would govern, and no limits", async () => {
    const d = (await getUnitDistribution(admin, bidang.id, YEAR))!;
    expect(d.result).toBeNull();
    expect(d.rules).toEqual([]);
    expect(d.violations).toEqual([]);
    expect(countsOf(d)).toMatchObject({ SANGAT_BAIK: 1, BAIK: 2 });
  });

  it("flags a breach of a limit", async () => {
    const unit = await unitWithHead();
    await setResult(unit.id, "SANGAT_KURANG");
    await ratedStaff(unit, "SANGAT_BAIK");
    await ratedStaff(unit, "BAIK");
    const d = (await getUnitDistribution(admin, unit.id, YEAR))!;
    const kinds = d.violations.map((v) => `${v.kind}:${v.rule.predikats.join("+")}`).sort();
    expect(kinds).toEqual(["ANY:BUTUH_PERBAIKAN+KURANG", "MAX:SANGAT_BAIK", "MIN:BUTUH_PERBAIKAN+KURANG", "MIN:SANGAT_KURANG"]);
  });
});

describe("who may see a unit's distribution", () => {
  it("lets a rater open the unit governing someone they rate, including a parent's result over a sub-unit", async () => {
    expect(await getUnitDistribution(opd.head, opd.id, YEAR)).not.toBeNull();
    // The bidang head rates bidang staff, whom the OPD's result governs.
    expect(await getUnitDistribution(bidang.head, opd.id, YEAR)).not.toBeNull();
  });

  it("gives nothing to a rater for a unit that governs none of their people, or without a result", async () => {
    expect(await getUnitDistribution(ownResult.head, opd.id, YEAR)).toBeNull();
    expect(await getUnitDistribution(bidang.head, bidang.id, YEAR)).toBeNull();
    const stranger = await unitWithHead();
    await ratedStaff(stranger, "BAIK");
    expect(await getUnitDistribution(stranger.head, opd.id, YEAR)).toBeNull();
    // Another year: the rater rates nobody then.
    expect(await getUnitDistribution(opd.head, opd.id, YEAR - 1)).toBeNull();
  });

  it("gives nothing to staff, and nothing for a unit that does not exist", async () => {
    expect(await getUnitDistribution(staff, opd.id, YEAR)).toBeNull();
    expect(await getUnitDistribution(admin, 2_000_000_000, YEAR)).toBeNull();
  });
});
