// Appraisal settings and the kurva distribusi limits against a real PostgreSQL: reference data that
// never overwrites HR's edits, the frequency guard, optimistic locking, field errors beside the
// field, and refusals that write nothing (no row, no audit).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// "Today" decides which year's evaluations lock the frequency; far-future years hold no other test's rows.
const clock = vi.hoisted(() => ({ year: 2090 }));
vi.mock("../../lib/clock", async (original) => {
  const real = await original<typeof import("../../lib/clock")>();
  return { ...real, today: () => new Date(Date.UTC(clock.year, 0, 15)) };
});

import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee } from "../../prisma/seed/factories";
import { syncReferenceData } from "../../prisma/seed/reference";
import { ZAppraisalSettings, ZRuleSet } from "../../lib/appraisal-admin/schemas";
import { loadRuleTables } from "../../lib/appraisal-admin/settings-queries";
import { resetDistributionRules, saveDistributionRules, updateAppraisalSettings } from "../../lib/appraisal-admin/settings-mutations";
import { DEFAULT_DISTRIBUTION_RULES } from "../../lib/domain/appraisal/distribution";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { defaultRules } from "./appraisal-admin-fixtures";
import { actor, auditCount, seed } from "./support/context";

let admin: SessionUser;
let staff: SessionUser;

const settings = () => seed.appraisalSetting.findUniqueOrThrow({ where: { id: 1 }, select: { frequency: true, appealDays: true, feedbackDays: true, version: true } });
const ruleCount = (orgResult?: "ISTIMEWA" | "BAIK") => seed.distributionRule.count({ where: orgResult ? { orgResult } : {} });

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI", "ATASAN"]);
});

beforeEach(async () => {
  clock.year = 2090;
  await seed.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  await defaultRules();
});

afterAll(async () => {
  await seed.appraisalSetting.update({ where: { id: 1 }, data: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  await defaultRules();
  await seed.$disconnect();
  await db.$disconnect();
});

describe("reference data", () => {
  it("creates the settings row and the default limits when missing, and never overwrites HR's edits", async () => {
    await seed.appraisalSetting.deleteMany({});
    await seed.distributionRule.deleteMany({});
    await syncReferenceData(seed);
    expect(await settings()).toMatchObject({ frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14, version: 1 });
    expect(await ruleCount()).toBe(DEFAULT_DISTRIBUTION_RULES.length);

    await seed.appraisalSetting.update({ where: { id: 1 }, data: { appealDays: 21, version: 5 } });
    await seed.distributionRule.deleteMany({ where: { orgResult: "ISTIMEWA" } });
    await syncReferenceData(seed);
    expect(await settings()).toMatchObject({ appealDays: 21, version: 5 });
    expect(await ruleCount("ISTIMEWA")).toBe(0);
    expect(await ruleCount()).toBe(DEFAULT_DISTRIBUTION_RULES.length - 1);
  });
});

describe("updateAppraisalSettings", () => {
  it("saves, bumps the version and audits before and after", async () => {
    const { version } = await settings();
    await updateAppraisalSettings(admin, { frequency: "MONTHLY", appealDays: 21, feedbackDays: 5, version });
    expect(await settings()).toEqual({ frequency: "MONTHLY", appealDays: 21, feedbackDays: 5, version: version + 1 });
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "AppraisalSetting", action: "appraisalSetting.update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.userId, before: { frequency: "QUARTERLY", appealDays: 14 }, after: { frequency: "MONTHLY", appealDays: 21, feedbackDays: 5 } });
  });

  it("refuses a stale version with CONFLICT and keeps the newer values", async () => {
    const { version } = await settings();
    await updateAppraisalSettings(admin, { frequency: "QUARTERLY", appealDays: 20, feedbackDays: 14, version });
    const audits = await auditCount({ entityType: "AppraisalSetting" });
    await expect(updateAppraisalSettings(admin, { frequency: "QUARTERLY", appealDays: 7, feedbackDays: 14, version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await settings()).toMatchObject({ appealDays: 20, version: version + 1 });
    expect(await auditCount({ entityType: "AppraisalSetting" })).toBe(audits);
  });

  it("refuses to change the frequency once the current year has an evaluation, beside the field", async () => {
    clock.year = 2091;
    const head = await createEmployee(seed, { roles: ["PEGAWAI", "ATASAN"] });
    const person = await createEmployee(seed, { supervisorId: head.id });
    const skp = await createAppraisal(seed, { employeeId: person.id, year: 2091, raterRaterId: null });
    if (!(await seed.evaluation.findFirst({ where: { year: 2091 } }))) await createEvaluation(seed, { appraisalId: skp.id, periodNo: 1, status: "OPEN" });
    const before = await settings();
    const audits = await auditCount({ entityType: "AppraisalSetting" });
    await expect(updateAppraisalSettings(admin, { ...before, frequency: "MONTHLY" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { frequency: [expect.stringContaining("2091")] },
    });
    expect(await settings()).toEqual(before);
    expect(await auditCount({ entityType: "AppraisalSetting" })).toBe(audits);
    // The other settings may still change in that year.
    await updateAppraisalSettings(admin, { ...before, appealDays: 10 });
    expect(await settings()).toMatchObject({ frequency: before.frequency, appealDays: 10 });
  });

  it("refuses anyone without appraisal.manage", async () => {
    const before = await settings();
    await expect(updateAppraisalSettings(staff, { ...before, appealDays: 30 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await settings()).toEqual(before);
  });

  it("checks the ranges beside each field (form schema)", () => {
    const bad = ZAppraisalSettings.safeParse({ frequency: "WEEKLY", appealDays: "6", feedbackDays: "31", version: "1" });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["appealDays", "feedbackDays", "frequency"]);
    expect(ZAppraisalSettings.parse({ frequency: "MONTHLY", appealDays: "7", feedbackDays: "3", version: "2" })).toEqual({ frequency: "MONTHLY", appealDays: 7, feedbackDays: 3, version: 2 });
  });
});

describe("limits table form (ZRuleSet)", () => {
  it("reads rows in the posted order, without duplicated predikats", () => {
    const parsed = ZRuleSet.parse({
      stamp: "3:1,4:2",
      rowKey: ["r0", "n0"],
      "r-r0-predikats": ["KURANG", "BUTUH_PERBAIKAN"],
      "r-r0-min": "10",
      "r-r0-max": "",
      "r-r0-requireAny": "on",
      "r-n0-predikats": "SANGAT_BAIK",
      "r-n0-max": "70",
    });
    expect(parsed).toEqual({
      stamp: "3:1,4:2",
      rows: [
        { predikats: ["BUTUH_PERBAIKAN", "KURANG"], minPercent: 10, maxPercent: null, requireAny: true },
        { predikats: ["SANGAT_BAIK"], minPercent: null, maxPercent: 70, requireAny: false },
      ],
    });
    expect(ZRuleSet.parse({ stamp: "" })).toEqual({ stamp: "", rows: [] });
  });

  it("puts each problem beside the field of its row", () => {
    const bad = ZRuleSet.safeParse({
      stamp: "",
      rowKey: ["a", "b", "c", "d"],
      "r-a-min": "10",
      "r-b-predikats": "BAIK",
      "r-b-min": "80",
      "r-b-max": "70",
      "r-c-predikats": ["BAIK", "LUAR_BIASA"],
      "r-c-max": "101",
      "r-d-predikats": "BAIK",
    });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["r-a-predikats", "r-b-max", "r-c-max", "r-c-predikats", "r-d-min"]);
  });

  it("refuses malformed or too many rows as a whole", () => {
    const many = Array.from({ length: 11 }, (_, i) => `k${i}`);
    expect(ZRuleSet.safeParse({ stamp: "", rowKey: many }).success).toBe(false);
    expect(ZRuleSet.safeParse({ stamp: "", rowKey: ["a", "a"] }).success).toBe(false);
    expect(ZRuleSet.safeParse({ stamp: "", rowKey: ["<b>"] }).success).toBe(false);
  });
});

describe("saving and resetting limits", () => {
  it("replaces one org result's table, leaves the others and audits before and after", async () => {
    const { tables } = await loadRuleTables();
    const istimewa = tables.find((t) => t.orgResult === "ISTIMEWA")!;
    const baikBefore = await ruleCount("BAIK");
    const rows = [
      { predikats: ["SANGAT_BAIK" as const], minPercent: null, maxPercent: 60, requireAny: false },
      { predikats: ["BUTUH_PERBAIKAN" as const, "KURANG" as const], minPercent: 5, maxPercent: 30, requireAny: true },
    ];
    await saveDistributionRules(admin, "ISTIMEWA", { stamp: istimewa.stamp, rows });
    const saved = (await loadRuleTables()).tables.find((t) => t.orgResult === "ISTIMEWA")!;
    expect(saved.rows.map(({ id: _id, ...rule }) => rule)).toEqual(rows.map((row) => ({ ...row, orgResult: "ISTIMEWA" })));
    expect(await ruleCount("BAIK")).toBe(baikBefore);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "DistributionRule", entityId: "ISTIMEWA" }, orderBy: { id: "desc" } });
    expect(audit.before).toEqual([{ orgResult: "ISTIMEWA", predikats: ["SANGAT_BAIK"], minPercent: null, maxPercent: 70, requireAny: false }]);
    expect(audit.after).toHaveLength(2);
  });

  it("refuses a table changed since the form was opened (stale stamp) and writes nothing", async () => {
    const { tables } = await loadRuleTables();
    const opened = tables.find((t) => t.orgResult === "BAIK")!;
    await saveDistributionRules(admin, "BAIK", { stamp: opened.stamp, rows: [{ predikats: ["BAIK"], minPercent: null, maxPercent: 60, requireAny: false }] });
    const current = (await loadRuleTables()).tables.find((t) => t.orgResult === "BAIK")!;
    const audits = await auditCount({ entityType: "DistributionRule" });
    await expect(saveDistributionRules(admin, "BAIK", { stamp: opened.stamp, rows: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await loadRuleTables()).tables.find((t) => t.orgResult === "BAIK")).toEqual(current);
    expect(await auditCount({ entityType: "DistributionRule" })).toBe(audits);
  });

  it("refuses staff and an unknown org result", async () => {
    const { tables, allStamp } = await loadRuleTables();
    const stamp = tables.find((t) => t.orgResult === "ISTIMEWA")!.stamp;
    await expect(saveDistributionRules(staff, "ISTIMEWA", { stamp, rows: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resetDistributionRules(staff, { stamp: allStamp })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveDistributionRules(admin, "LUAR_BIASA" as "ISTIMEWA", { stamp, rows: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await ruleCount("ISTIMEWA")).toBe(1);
  });

  it("resets every table to the defaults, and refuses a stale stamp", async () => {
    const { tables } = await loadRuleTables();
    await saveDistributionRules(admin, "KURANG", { stamp: tables.find((t) => t.orgResult === "KURANG")!.stamp, rows: [] });
    const { allStamp } = await loadRuleTables();
    await expect(resetDistributionRules(admin, { stamp: "1:1" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await seed.distributionRule.count({ where: { orgResult: "KURANG" } })).toBe(0);
    await resetDistributionRules(admin, { stamp: allStamp });
    const after = await seed.distributionRule.findMany({ select: { orgResult: true, predikats: true, minPercent: true, maxPercent: true, requireAny: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(DEFAULT_DISTRIBUTION_RULES);
    expect(await seed.auditLog.findFirstOrThrow({ where: { action: "distributionRule.reset" }, orderBy: { id: "desc" } })).toMatchObject({ actorId: admin.userId });
  });
});
