// The jabatan target: only the person sets it, a stale form is refused, a refused write leaves no
// row and no audit; the gap to the target and the trainings that close it; search and suggestions.
import { beforeAll, describe, expect, it } from "vitest";
import { createEmployee, createPosition, createUnit } from "../../prisma/seed/factories";
import { getCareerPath } from "../../lib/career/career-queries";
import { ZClearCareerTarget, ZSetCareerTarget, ZTargetSearch } from "../../lib/career/schemas";
import { clearCareerTarget, setCareerTarget } from "../../lib/career/target-mutations";
import { searchTargetPositions, suggestTargetPositions } from "../../lib/career/target-queries";
import { parseIsoDate } from "../../lib/domain/dates";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, auditCount, RUN, seed } from "./support/context";

const d = (iso: string) => parseIsoDate(iso)!;
const ASOF = d("2026-11-23");
const set = (positionId: number, expected: number | null = null) => ZSetCareerTarget.parse({ positionId: String(positionId), expected: expected === null ? "" : String(expected) });
const clear = (expected: number | null) => ZClearCareerTarget.parse({ expected: expected === null ? "" : String(expected) });

let staff: SessionUser;
let boss: SessionUser;
let admin: SessionUser;
let parentUnit: number;
let unit: number;
const pos = { boss: 0, current: 0, target: 0, other: 0, inactive: 0, tooHigh: 0, needsS2: 0, parentStep: 0, sameGrade: 0 };

async function audits() {
  return auditCount({ entityType: "CareerTarget", entityId: String(staff.employeeId) });
}

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  parentUnit = (await createUnit(seed, { name: `Dinas Target ${RUN}` })).id;
  unit = (await createUnit(seed, { name: `Bidang Target ${RUN}`, parentId: parentUnit })).id;
  const bossPosition = await createPosition(seed, { unitId: unit, type: "ADMINISTRATOR", name: `Kepala Bidang Target ${RUN}`, grade: 12, minRankCode: "III/d", minEducation: "S1" });
  const current = await createPosition(seed, { unitId: unit, type: "PELAKSANA", name: `Pengadministrasi Target ${RUN}`, grade: 6, minRankCode: null, minEducation: null });
  const step = await createPosition(seed, { unitId: unit, type: "PENGAWAS", name: `Kepala Subbidang Target ${RUN}`, grade: 9, minRankCode: "III/b", minEducation: "S1" });
  const other = await createPosition(seed, { unitId: unit, type: "PELAKSANA", name: `Analis Target ${RUN}`, grade: 7, minRankCode: null, minEducation: null });
  const inactive = await createPosition(seed, { unitId: unit, type: "PELAKSANA", name: `Jabatan Lama Target ${RUN}`, grade: 8, active: false });
  const tooHigh = await createPosition(seed, { unitId: unit, type: "PENGAWAS", name: `Kepala Seksi Tinggi Target ${RUN}`, grade: 9, minRankCode: "IV/a", minEducation: null });
  const needsS2 = await createPosition(seed, { unitId: unit, type: "PENGAWAS", name: `Kepala Seksi Magister Target ${RUN}`, grade: 9, minRankCode: null, minEducation: "S2" });
  const parentStep = await createPosition(seed, { unitId: parentUnit, type: "PENGAWAS", name: `Kepala Subbagian Target ${RUN}`, grade: 8, minRankCode: null, minEducation: "SMA" });
  const sameGrade = await createPosition(seed, { unitId: unit, type: "PELAKSANA", name: `Pengolah Data Target ${RUN}`, grade: 6, minRankCode: null, minEducation: null });
  Object.assign(pos, { boss: bossPosition.id, current: current.id, target: step.id, other: other.id, inactive: inactive.id, tooHigh: tooHigh.id, needsS2: needsS2.id, parentStep: parentStep.id, sameGrade: sameGrade.id });
  const bossRow = await createEmployee(seed, { positionId: bossPosition.id, roles: ["PEGAWAI", "ATASAN"] });
  const staffRow = await createEmployee(seed, { positionId: current.id, supervisorId: bossRow.id, rankCode: "III/a", educationLevel: "S1" });
  staff = asSessionUser(staffRow, ["PEGAWAI"]);
  boss = asSessionUser(bossRow, ["PEGAWAI", "ATASAN"]);
});

describe("setting and clearing the target", () => {
  it("refuses the person's own position, an inactive one and one that does not exist, writing nothing", async () => {
    for (const [id, message] of [
      [pos.current, /jabatan Anda sekarang/],
      [pos.inactive, /tidak ditemukan/],
      [999_999_999, /tidak ditemukan/],
    ] as const) {
      await expect(setCareerTarget(staff, set(id))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { positionId: [expect.stringMatching(message)] } });
    }
    expect(await seed.careerTarget.count({ where: { employeeId: staff.employeeId } })).toBe(0);
    expect(await audits()).toBe(0);
  });

  it("refuses clearing before any target is chosen", async () => {
    await expect(clearCareerTarget(staff, clear(null))).rejects.toMatchObject({ code: "VALIDATION", message: "Anda belum memilih jabatan target." });
    expect(await audits()).toBe(0);
  });

  it("refuses someone without 'career.own'", async () => {
    const hrOnly = { ...admin, roles: ["ADMIN_BKD" as const] };
    await expect(setCareerTarget(hrOnly, set(pos.target))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stores the person's own target, with an audit row", async () => {
    await setCareerTarget(staff, set(pos.target));
    const row = await seed.careerTarget.findUniqueOrThrow({ where: { employeeId: staff.employeeId } });
    expect(row.positionId).toBe(pos.target);
    expect(await audits()).toBe(1);
    const log = await seed.auditLog.findFirstOrThrow({ where: { entityType: "CareerTarget", entityId: String(staff.employeeId) } });
    expect(log).toMatchObject({ action: "career.target_set", actorId: staff.userId, after: { positionId: pos.target } });
  });

  it("answers CONFLICT to a form opened before the target changed, and keeps the stored one", async () => {
    await expect(setCareerTarget(staff, set(pos.other, null))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(clearCareerTarget(staff, clear(pos.other))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await seed.careerTarget.findUniqueOrThrow({ where: { employeeId: staff.employeeId } })).positionId).toBe(pos.target);
    expect(await audits()).toBe(1);
  });

  it("refuses choosing the same target twice", async () => {
    await expect(setCareerTarget(staff, set(pos.target, pos.target))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await audits()).toBe(1);
  });

  it("lets the supervisor and HR see the target and its gap, read-only", async () => {
    const assessed = await seed.positionCompetency.findFirstOrThrow({ where: { positionId: pos.target }, orderBy: { competencyId: "asc" } });
    await seed.competencyAssessment.create({ data: { employeeId: staff.employeeId, competencyId: assessed.competencyId, level: 1, assessedOn: d("2025-01-10"), source: "Assessment Center BKD" } });
    await seed.competencyAssessment.create({ data: { employeeId: staff.employeeId, competencyId: assessed.competencyId, level: assessed.requiredLevel, assessedOn: d("2026-02-10"), source: "Assessment Center BKD" } });
    const gapCompetency = await seed.positionCompetency.findFirstOrThrow({ where: { positionId: pos.target, competencyId: { not: assessed.competencyId } } });
    const upcoming = await seed.training.create({
      data: {
        title: `Pelatihan Kepemimpinan Pengawas ${RUN}`, type: "KLASIKAL", kind: "KEPEMIMPINAN", provider: "BPSDM", mode: "LURING", startDate: d("2027-02-01"), endDate: d("2027-02-05"),
        registrationDeadline: d("2027-01-15"), hours: 40, quota: 30, published: true, competencies: { create: [{ competencyId: gapCompetency.competencyId }] },
      },
    });
    const past = await seed.training.create({
      data: {
        title: `Pelatihan Lampau ${RUN}`, type: "KLASIKAL", kind: "TEKNIS", provider: "BPSDM", mode: "LURING", startDate: d("2026-01-05"), endDate: d("2026-01-06"),
        registrationDeadline: d("2025-12-20"), hours: 8, quota: 30, published: true, competencies: { create: [{ competencyId: gapCompetency.competencyId }] },
      },
    });
    for (const who of [boss, admin, staff]) {
      const target = (await getCareerPath(who, staff.employeeId, ASOF))!.target!;
      expect(target.position.id).toBe(pos.target);
      expect(target.gap.rank).toMatchObject({ met: false, required: 10, actual: 9 });
      expect(target.gap.education.met).toBe(true);
      const rows = new Map(target.competencies.map((row) => [row.id, row]));
      expect(rows.get(assessed.competencyId)).toMatchObject({ actual: assessed.requiredLevel, gap: 0 });
      expect(rows.get(gapCompetency.competencyId)).toMatchObject({ actual: null, gap: gapCompetency.requiredLevel });
      const suggested = target.trainings.map((training) => training.id);
      expect(suggested).toContain(upcoming.id);
      expect(suggested).not.toContain(past.id);
    }
  });

  it("clears the target after confirmation, with an audit row", async () => {
    await clearCareerTarget(staff, clear(pos.target));
    expect(await seed.careerTarget.count({ where: { employeeId: staff.employeeId } })).toBe(0);
    expect(await audits()).toBe(2);
    expect((await getCareerPath(staff, staff.employeeId, ASOF))!.target).toBeNull();
  });
});

describe("finding a target", () => {
  it("suggests active positions one step up in the unit or its parent that the person can reach", async () => {
    const suggested = (await suggestTargetPositions(staff)).map((row) => row.id);
    expect(suggested).toEqual(expect.arrayContaining([pos.target, pos.other, pos.parentStep]));
    for (const excluded of [pos.current, pos.inactive, pos.tooHigh, pos.needsS2, pos.sameGrade]) expect(suggested).not.toContain(excluded);
    expect(suggested.length).toBeLessThanOrEqual(10);
  });

  it("searches active positions by every word of the name, ten to a page", async () => {
    const result = await searchTargetPositions(staff, ZTargetSearch.parse({ q: `target ${RUN.toLowerCase()} kepala` }));
    expect(result.rows.map((row) => row.id).sort()).toEqual([pos.boss, pos.target, pos.tooHigh, pos.needsS2, pos.parentStep].sort());
    const all = await searchTargetPositions(staff, ZTargetSearch.parse({ q: `Target ${RUN}` }));
    expect(all.total).toBe(8);
    expect(all.rows).toHaveLength(8);
    for (let i = 0; i < 4; i++) await createPosition(seed, { unitId: unit, name: `Paging Target ${RUN} ${i}` });
    const second = await searchTargetPositions(staff, ZTargetSearch.parse({ q: `Target ${RUN}`, page: "2" }));
    expect(second.total).toBe(12);
    expect(second.rows).toHaveLength(2);
  });
});
