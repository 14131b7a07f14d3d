// HR's progress overview per OPD and the angka kredit summary against a real PostgreSQL: figures
// rolled up over each OPD's subtree, and credit shown only to the person, their raters and HR.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit } from "../../prisma/seed/factories";
import { getCreditSummary } from "../../lib/appraisal-admin/credit-queries";
import { getAppraisalProgress } from "../../lib/appraisal-admin/progress-queries";
import { today } from "../../lib/clock";
import { annualCredit, creditProgress, CREDIT_TABLE, PREDIKAT_PERCENT } from "../../lib/domain/appraisal/credit";
import { evaluationPeriods } from "../../lib/domain/appraisal/periods";
import { isBefore } from "../../lib/domain/dates";
import type { FunctionalLevel, Predikat } from "../../lib/generated/prisma/enums";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { ratedStaff, unitWithHead, YEAR } from "./appraisal-admin-fixtures";
import { actor, asSessionUser, seed } from "./support/context";

let admin: SessionUser;

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("getAppraisalProgress", () => {
  it("rolls every figure of an OPD's subtree into its row", async () => {
    const root = await createUnit(seed);
    const opd = await unitWithHead(root.id);
    const sub = await unitWithHead(opd.id);
    await ratedStaff(opd, "BAIK"); // annual RATED
    const released = await ratedStaff(sub, "KURANG", { status: "RELEASED" });
    await ratedStaff(sub, null);
    const draft = await createEmployee(seed, { unitId: sub.id, supervisorId: sub.headId });
    await createAppraisal(seed, { employeeId: draft.id, year: YEAR, status: "DRAFT", raterRaterId: null });
    await createEvaluation(seed, { appraisalId: released.appraisal.id, kind: "PERIODIC", periodNo: 1, status: "ACKNOWLEDGED" });
    await createEvaluation(seed, { appraisalId: released.appraisal.id, kind: "PERIODIC", periodNo: 2, status: "SELF_ASSESSED" });
    await seed.appeal.create({ data: { evaluationId: released.evaluation!.id, employeeId: released.person.id, deciderId: opd.headId, reason: "Saya keberatan atas predikat ini.", previousPredikat: "KURANG" } });

    const rows = await getAppraisalProgress(admin, YEAR);
    const row = rows.find((r) => r.id === opd.id)!;
    const { frequency } = await seed.appraisalSetting.findUniqueOrThrow({ where: { id: 1 } });
    const duePerSkp = evaluationPeriods(frequency, new Date(Date.UTC(YEAR, 0, 1)), new Date(Date.UTC(YEAR, 11, 31))).filter((p) => p.kind === "PERIODIC" && isBefore(p.end, today())).length;
    expect(row).toMatchObject({
      root: false,
      // Two heads, three rated staff and the drafting one.
      employees: 6,
      plans: { DRAFT: 1, SUBMITTED: 0, AGREED: 3, CLOSED: 0 },
      periodicRated: 1,
      periodicDue: 3 * duePerSkp,
      annualRated: 2,
      annualReleased: 1,
      appealsPending: 1,
      result: null,
    });
    // Sub-units never get a row of their own; a root holding nobody is left out.
    expect(rows.some((r) => r.id === sub.id || r.id === root.id)).toBe(false);
  });

  it("is for HR only", async () => {
    await expect(getAppraisalProgress(await actor(["PEGAWAI", "ATASAN"]), YEAR)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getCreditSummary", () => {
  async function award(employeeId: number, year: number, level: FunctionalLevel, months: number, predikat: Predikat) {
    await seed.creditAward.create({
      data: { employeeId, year, functionalLevel: level, months, predikat, percentage: PREDIKAT_PERCENT[predikat], coefficient: CREDIT_TABLE[level].coefficient, credit: annualCredit(months, predikat, level) },
    });
  }

  it("adds up the awards and measures the current jenjang's share against its next pangkat and jenjang", async () => {
    const unit = await unitWithHead();
    const { person } = await ratedStaff(unit, null, { functionalLevel: "AHLI_MUDA" });
    await award(person.id, YEAR - 2, "AHLI_PERTAMA", 12, "BAIK");
    await award(person.id, YEAR - 1, "AHLI_MUDA", 6, "SANGAT_BAIK");
    await award(person.id, YEAR, "AHLI_MUDA", 7, "BUTUH_PERBAIKAN");
    const summary = (await getCreditSummary(admin, person.id))!;
    const levelTotal = annualCredit(6, "SANGAT_BAIK", "AHLI_MUDA") + annualCredit(7, "BUTUH_PERBAIKAN", "AHLI_MUDA");
    expect(summary.level).toBe("AHLI_MUDA");
    expect(summary.awards.map((a) => [a.year, a.credit])).toEqual([
      [YEAR, annualCredit(7, "BUTUH_PERBAIKAN", "AHLI_MUDA")],
      [YEAR - 1, annualCredit(6, "SANGAT_BAIK", "AHLI_MUDA")],
      [YEAR - 2, annualCredit(12, "BAIK", "AHLI_PERTAMA")],
    ]);
    expect(summary.total).toBeCloseTo(levelTotal + annualCredit(12, "BAIK", "AHLI_PERTAMA"), 3);
    expect(summary.levelTotal).toBeCloseTo(levelTotal, 3);
    expect(summary.progress).toEqual(creditProgress(summary.levelTotal, "AHLI_MUDA"));
    expect(summary.nextRank).not.toBeNull();
  });

  it("is null for someone outside functional positions without awards, and keeps past awards after a move", async () => {
    const unit = await unitWithHead();
    const { person: plain } = await ratedStaff(unit, null);
    expect(await getCreditSummary(admin, plain.id)).toBeNull();
    await award(plain.id, YEAR - 1, "TERAMPIL", 12, "BAIK");
    expect(await getCreditSummary(admin, plain.id)).toMatchObject({ level: null, progress: null, total: annualCredit(12, "BAIK", "TERAMPIL") });
  });

  it("shows the credit to the person, their rater, the rater's rater and HR, and to nobody else", async () => {
    const unit = await unitWithHead();
    const boss = await createEmployee(seed, { roles: ["PEGAWAI", "ATASAN"] });
    const { person, appraisal } = await ratedStaff(unit, "BAIK", { functionalLevel: "AHLI_PERTAMA" });
    await seed.appraisal.update({ where: { id: appraisal.id }, data: { raterRaterId: boss.id } });
    const self = asSessionUser(person, ["PEGAWAI"]);
    for (const who of [self, unit.head, asSessionUser(boss, ["PEGAWAI", "ATASAN"]), admin]) {
      expect((await getCreditSummary(who, person.id))?.employeeId).toBe(person.id);
    }
    const colleague = await ratedStaff(unit, "BAIK");
    const otherHead = await unitWithHead();
    for (const who of [asSessionUser(colleague.person, ["PEGAWAI"]), otherHead.head]) {
      expect(await getCreditSummary(who, person.id)).toBeNull();
    }
    expect(await getCreditSummary(admin, 2_000_000_000)).toBeNull();
  });
});
