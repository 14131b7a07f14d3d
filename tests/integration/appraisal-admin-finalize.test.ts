// Finalising a unit's annual results against a real PostgreSQL: refused without a result, without a
// reason past a limit, on a stale version and when nothing waits, each time leaving no trace; when
// it goes through, every RATED result of the governed branch is released with its annual predikat,
// angka kredit and audit rows, and a later run releases only what was rated since.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finalizeUnitResults } from "../../lib/appraisal-admin/finalize-mutations";
import { recordAnnualResults } from "../../lib/appraisals/annual";
import { ZFinalize } from "../../lib/appraisal-admin/schemas";
import { annualCredit } from "../../lib/domain/appraisal/credit";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { annual, defaultRules, ratedStaff, setResult, splitStaff, unitWithHead, YEAR } from "./appraisal-admin-fixtures";
import { actor, seed } from "./support/context";

let admin: SessionUser;
const REASON = "Unit menerima penghargaan nasional; pimpinan menyetujui sebaran ini.";

const statusOf = async (id: number) => (await seed.evaluation.findUniqueOrThrow({ where: { id }, select: { status: true, releasedAt: true, version: true } }));
const trail = (entityType: string, entityId: number) => seed.auditLog.count({ where: { entityType, entityId: String(entityId) } });

beforeAll(async () => {
  await defaultRules();
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("refusals leave nothing behind", () => {
  it("refuses anyone without appraisal.manage", async () => {
    const unit = await unitWithHead();
    const result = await setResult(unit.id, "BAIK");
    const { evaluation } = await ratedStaff(unit, "BAIK");
    for (const who of [unit.head, await actor(["PEGAWAI"])]) {
      await expect(finalizeUnitResults(who, unit.id, YEAR, { version: result.version, overrideReason: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await statusOf(evaluation!.id)).status).toBe("RATED");
  });

  it("refuses a unit without a result for the year, and a unit that does not exist", async () => {
    const unit = await unitWithHead();
    const { evaluation } = await ratedStaff(unit, "BAIK");
    await expect(finalizeUnitResults(admin, unit.id, YEAR, { version: 1, overrideReason: null })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(finalizeUnitResults(admin, 2_000_000_000, YEAR, { version: 1, overrideReason: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await statusOf(evaluation!.id)).status).toBe("RATED");
  });

  it("refuses a distribution past a limit without a reason: nothing released, no result, no audit", async () => {
    const unit = await unitWithHead();
    const result = await setResult(unit.id, "ISTIMEWA");
    const first = await ratedStaff(unit, "SANGAT_BAIK");
    const second = await ratedStaff(unit, "SANGAT_BAIK"); // 100% Sangat Baik > 70%
    await expect(finalizeUnitResults(admin, unit.id, YEAR, { version: result.version, overrideReason: null })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { overrideReason: [expect.stringContaining("melanggar batas")] },
    });
    for (const staff of [first, second]) {
      expect(await statusOf(staff.evaluation!.id)).toMatchObject({ status: "RATED", releasedAt: null, version: 1 });
      expect(await trail("Evaluation", staff.evaluation!.id)).toBe(0);
      expect(await seed.annualPerformance.count({ where: { employeeId: staff.person.id } })).toBe(0);
    }
    expect(await seed.unitYearResult.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ finalizedAt: null, overrideReason: null, version: 1 });
    expect(await trail("UnitYearResult", result.id)).toBe(0);
  });

  it("refuses a reason shorter than 20 characters beside the field (form schema)", () => {
    const parsed = ZFinalize.safeParse({ version: "1", overrideReason: "terlalu singkat" });
    expect(parsed.success).toBe(false);
    expect(Object.keys(parsed.error!.flatten().fieldErrors)).toEqual(["overrideReason"]);
    expect(ZFinalize.parse({ version: "3", overrideReason: "" })).toEqual({ version: 3, overrideReason: null });
  });

  it("refuses a stale version with CONFLICT", async () => {
    const unit = await unitWithHead();
    const result = await setResult(unit.id, "BAIK");
    const { evaluation } = await ratedStaff(unit, "KURANG");
    await seed.unitYearResult.update({ where: { id: result.id }, data: { version: { increment: 1 } } });
    await expect(finalizeUnitResults(admin, unit.id, YEAR, { version: result.version, overrideReason: null })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await statusOf(evaluation!.id)).status).toBe("RATED");
  });
});

describe("finalising", () => {
  it("releases every RATED result of the governed branch with its predikat, credit and audit trail", async () => {
    const opd = await unitWithHead();
    const sub = await unitWithHead(opd.id);
    const own = await unitWithHead(opd.id);
    const result = await setResult(opd.id, "ISTIMEWA");
    await setResult(own.id, "BAIK");
    const sb = await ratedStaff(opd, "SANGAT_BAIK", { functionalLevel: "AHLI_MUDA" });
    const baik = await ratedStaff(sub, "BAIK");
    const open = await ratedStaff(sub, "BAIK", { status: "SELF_ASSESSED" });
    const elsewhere = await ratedStaff(own, "KURANG");
    const split = await splitStaff(opd, sub, "BUTUH_PERBAIKAN", "BAIK");

    const outcome = await finalizeUnitResults(admin, opd.id, YEAR, { version: result.version, overrideReason: REASON });
    expect(outcome).toEqual({ released: 4, overridden: false });

    const row = await seed.unitYearResult.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.finalizedAt).not.toBeNull();
    // The distribution fit (1 of 4 Sangat Baik), so the reason given is not recorded as an override.
    expect(row).toMatchObject({ overrideReason: null, version: result.version + 1 });
    for (const id of [sb.evaluation!.id, baik.evaluation!.id, split.earlyEval.id, split.lateEval!.id]) {
      expect(await statusOf(id)).toMatchObject({ status: "RELEASED", releasedAt: row.finalizedAt, version: 2 });
      expect(await seed.auditLog.findFirstOrThrow({ where: { entityType: "Evaluation", entityId: String(id), action: "evaluation.release" } })).toMatchObject({ actorId: admin.userId });
    }
    expect((await statusOf(open.evaluation!.id)).status).toBe("SELF_ASSESSED");
    expect((await statusOf(elsewhere.evaluation!.id)).status).toBe("RATED");

    // The split person's year is the later SKP's predikat; each SKP keeps its own evaluation.
    expect(await seed.annualPerformance.findUniqueOrThrow({ where: { employeeId_year: { employeeId: split.person.id, year: YEAR } } })).toMatchObject({
      predikat: "BAIK",
      evaluationId: split.lateEval!.id,
    });
    expect(await seed.annualPerformance.findUniqueOrThrow({ where: { employeeId_year: { employeeId: sb.person.id, year: YEAR } } })).toMatchObject({ predikat: "SANGAT_BAIK" });
    const award = await seed.creditAward.findUniqueOrThrow({ where: { appraisalId: sb.appraisal.id } });
    expect(award).toMatchObject({ functionalLevel: "AHLI_MUDA", months: 12, predikat: "SANGAT_BAIK", percentage: 150 });
    expect(award.credit.toNumber()).toBe(annualCredit(12, "SANGAT_BAIK", "AHLI_MUDA"));
    expect(await seed.creditAward.count({ where: { employeeId: baik.person.id } })).toBe(0);

    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "UnitYearResult", entityId: String(result.id), action: "unitYearResult.finalize" } });
    expect(audit.after).toMatchObject({ released: 4, overrideReason: null, counts: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 0 } });
  });

  it("with a reason, finalises past a limit and records the reason; a later run releases only what was rated since", async () => {
    const unit = await unitWithHead();
    const result = await setResult(unit.id, "ISTIMEWA");
    const a = await ratedStaff(unit, "SANGAT_BAIK");
    const b = await ratedStaff(unit, "SANGAT_BAIK");
    const late = await ratedStaff(unit, null);

    expect(await finalizeUnitResults(admin, unit.id, YEAR, { version: result.version, overrideReason: REASON })).toEqual({ released: 2, overridden: true });
    const first = await seed.unitYearResult.findUniqueOrThrow({ where: { id: result.id } });
    expect(first.overrideReason).toBe(REASON);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "UnitYearResult", entityId: String(result.id) } });
    expect(audit.after).toMatchObject({ overrideReason: REASON, violations: [expect.objectContaining({ kind: "MAX", limitPercent: 70 })] });

    // Nothing new: refused, and the first release stays as it was.
    await expect(finalizeUnitResults(admin, unit.id, YEAR, { version: first.version, overrideReason: null })).rejects.toMatchObject({ code: "CONFLICT" });

    const c = await annual(late.appraisal.id, "BAIK");
    const again = await finalizeUnitResults(admin, unit.id, YEAR, { version: first.version, overrideReason: REASON });
    expect(again.released).toBe(1);
    const second = await seed.unitYearResult.findUniqueOrThrow({ where: { id: result.id } });
    expect((await statusOf(c.id)).releasedAt).toEqual(second.finalizedAt);
    expect((await statusOf(a.evaluation!.id)).releasedAt).toEqual(first.finalizedAt);
    expect((await statusOf(b.evaluation!.id)).version).toBe(2);
  });
});

describe("recordAnnualResults", () => {
  it("writes one predikat per person-year from the latest SKP and credit for functional SKPs, idempotently", async () => {
    const one = await unitWithHead();
    const two = await unitWithHead();
    const split = await splitStaff(one, two, "SANGAT_BAIK", "KURANG");
    const functional = await ratedStaff(one, "BUTUH_PERBAIKAN", { functionalLevel: "PEMULA" });
    const plain = await ratedStaff(two, "SANGAT_KURANG");
    const ids = [split.earlyEval.id, split.lateEval!.id, functional.evaluation!.id, plain.evaluation!.id];
    const people = [split.person.id, functional.person.id, plain.person.id];
    const snapshot = async () => ({
      annual: await seed.annualPerformance.findMany({ where: { employeeId: { in: people } }, select: { employeeId: true, predikat: true, evaluationId: true }, orderBy: { employeeId: "asc" } }),
      credit: (await seed.creditAward.findMany({ where: { employeeId: { in: people } } })).map((c) => ({ employeeId: c.employeeId, months: c.months, credit: c.credit.toString() })),
    });

    await db.$transaction((tx) => recordAnnualResults(tx, ids));
    const first = await snapshot();
    expect(first.annual).toEqual(
      [
        { employeeId: split.person.id, predikat: "KURANG", evaluationId: split.lateEval!.id },
        { employeeId: functional.person.id, predikat: "BUTUH_PERBAIKAN", evaluationId: functional.evaluation!.id },
        { employeeId: plain.person.id, predikat: "SANGAT_KURANG", evaluationId: plain.evaluation!.id },
      ].sort((a, b) => a.employeeId - b.employeeId),
    );
    // Pemula 3.75 × 75% × 12/12 months.
    expect(first.credit).toEqual([{ employeeId: functional.person.id, months: 12, credit: "2.813" }]);

    // A second run (an appeal changing nothing) replaces rather than duplicates.
    await db.$transaction((tx) => recordAnnualResults(tx, ids));
    expect(await snapshot()).toEqual(first);
  });
});
