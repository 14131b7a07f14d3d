// Organisational results per unit and year against a real PostgreSQL: set, change and clear with
// optimistic locking and an audit row each, a finalised result kept as it was, and refusals that
// write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnit } from "../../prisma/seed/factories";
import { ZUnitResult } from "../../lib/appraisal-admin/schemas";
import { listUnitResults } from "../../lib/appraisal-admin/unit-result-queries";
import { setUnitResult } from "../../lib/appraisal-admin/unit-result-mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { YEAR } from "./appraisal-admin-fixtures";
import { actor, auditCount, seed } from "./support/context";

let admin: SessionUser;
let rater: SessionUser;

const resultOf = (unitId: number) => seed.unitYearResult.findUnique({ where: { unitId_year: { unitId, year: YEAR } }, select: { id: true, result: true, version: true } });
const audits = () => auditCount({ entityType: "UnitYearResult" });

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  rater = await actor(["PEGAWAI", "ATASAN"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("setUnitResult", () => {
  it("sets, changes and clears a result, each version-checked and audited", async () => {
    const unit = await createUnit(seed);
    await setUnitResult(admin, unit.id, YEAR, { result: "BAIK", version: 0 });
    const set = (await resultOf(unit.id))!;
    expect(set).toMatchObject({ result: "BAIK", version: 1 });
    expect(await seed.auditLog.findFirstOrThrow({ where: { entityType: "UnitYearResult", entityId: String(set.id), action: "unitYearResult.set" } })).toMatchObject({
      actorId: admin.userId,
      after: { unitId: unit.id, year: YEAR, result: "BAIK" },
    });

    await setUnitResult(admin, unit.id, YEAR, { result: "ISTIMEWA", version: 1 });
    expect(await resultOf(unit.id)).toMatchObject({ result: "ISTIMEWA", version: 2 });
    expect(await seed.auditLog.findFirstOrThrow({ where: { entityId: String(set.id), action: "unitYearResult.update" } })).toMatchObject({ before: { result: "BAIK" }, after: { result: "ISTIMEWA" } });

    await setUnitResult(admin, unit.id, YEAR, { result: null, version: 2 });
    expect(await resultOf(unit.id)).toBeNull();
    expect(await seed.auditLog.findFirstOrThrow({ where: { entityId: String(set.id), action: "unitYearResult.clear" } })).toMatchObject({ before: { result: "ISTIMEWA" } });
  });

  it("refuses a stale version (someone else set, changed or cleared it) with CONFLICT and writes nothing", async () => {
    const unit = await createUnit(seed);
    await setUnitResult(admin, unit.id, YEAR, { result: "KURANG", version: 0 });
    const before = await audits();
    await expect(setUnitResult(admin, unit.id, YEAR, { result: "BAIK", version: 0 })).rejects.toMatchObject({ code: "CONFLICT" });
    await setUnitResult(admin, unit.id, YEAR, { result: "BAIK", version: 1 });
    const after = await audits();
    await expect(setUnitResult(admin, unit.id, YEAR, { result: "ISTIMEWA", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setUnitResult(admin, unit.id, YEAR, { result: null, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await resultOf(unit.id)).toMatchObject({ result: "BAIK", version: 2 });
    expect(await audits()).toBe(after);
    expect(after).toBe(before + 1);

    const other = await createUnit(seed);
    await expect(setUnitResult(admin, other.id, YEAR, { result: "BAIK", version: 3 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await resultOf(other.id)).toBeNull();
  });

  it("keeps a finalised result: neither change nor clear", async () => {
    const unit = await createUnit(seed);
    await setUnitResult(admin, unit.id, YEAR, { result: "BAIK", version: 0 });
    await seed.unitYearResult.update({ where: { unitId_year: { unitId: unit.id, year: YEAR } }, data: { finalizedAt: new Date() } });
    const before = await audits();
    for (const result of ["ISTIMEWA", null] as const) {
      await expect(setUnitResult(admin, unit.id, YEAR, { result, version: 1 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah ditetapkan") });
    }
    expect(await resultOf(unit.id)).toMatchObject({ result: "BAIK", version: 1 });
    expect(await audits()).toBe(before);
  });

  it("refuses non-HR, unknown units and years outside the range, and clearing nothing writes nothing", async () => {
    const unit = await createUnit(seed);
    const before = await audits();
    await expect(setUnitResult(rater, unit.id, YEAR, { result: "BAIK", version: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUnitResult(admin, 2_000_000_000, YEAR, { result: "BAIK", version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUnitResult(admin, unit.id, 1999, { result: "BAIK", version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setUnitResult(admin, unit.id, YEAR, { result: null, version: 0 });
    expect(await resultOf(unit.id)).toBeNull();
    expect(await audits()).toBe(before);
  });

  it("accepts only the five org results, empty meaning clear (form schema)", () => {
    expect(ZUnitResult.parse({ result: "", version: "0" })).toEqual({ result: null, version: 0 });
    expect(ZUnitResult.parse({ result: "SANGAT_KURANG", version: "4" })).toEqual({ result: "SANGAT_KURANG", version: 4 });
    const bad = ZUnitResult.safeParse({ result: "LUAR_BIASA", version: "1" });
    expect(Object.keys(bad.error!.flatten().fieldErrors)).toEqual(["result"]);
  });
});

describe("listUnitResults", () => {
  it("shows each unit's result and which unit governs those without one", async () => {
    const top = await createUnit(seed);
    const mid = await createUnit(seed, { parentId: top.id });
    const low = await createUnit(seed, { parentId: mid.id });
    const own = await createUnit(seed, { parentId: top.id });
    await setUnitResult(admin, top.id, YEAR, { result: "ISTIMEWA", version: 0 });
    await setUnitResult(admin, own.id, YEAR, { result: "KURANG", version: 0 });
    const rows = new Map((await listUnitResults(admin, YEAR)).map((row) => [row.id, row]));
    expect(rows.get(top.id)).toMatchObject({ result: "ISTIMEWA", version: 1, governedBy: { id: top.id } });
    expect(rows.get(low.id)).toMatchObject({ result: null, version: 0, governedBy: { id: top.id } });
    expect(rows.get(own.id)).toMatchObject({ result: "KURANG", governedBy: { id: own.id } });
    expect((await listUnitResults(admin, YEAR - 1)).find((row) => row.id === top.id)).toMatchObject({ result: null, governedBy: null });
    await expect(listUnitResults(rater, YEAR)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
