// The career page's data against a real PostgreSQL: who may read whose career, the KP checklist from
// the stored predikat, sanctions and pangkat, angka kredit pro-rated from the pangkat's TMT, the
// jenjang card and the six kinds of the timeline.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createPosition, createUnit } from "../../prisma/seed/factories";
import { getCareerPath, type CareerPath } from "../../lib/career/career-queries";
import { kpConditionText } from "../../lib/career/kp-text";
import { parseIsoDate } from "../../lib/domain/dates";
import type { Predikat } from "../../lib/generated/prisma/enums";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, RUN, seed } from "./support/context";

const d = (iso: string) => parseIsoDate(iso)!;
const ASOF = d("2026-11-23");

let admin: SessionUser;
let boss: SessionUser;
let staff: SessionUser;
let unitId: number;
const ids = { boss: 0, staff: 0, outsider: 0, capped: 0, sanctioned: 0, functional: 0 };

async function predikats(employeeId: number, rows: [number, Predikat][]) {
  const { unitId: unit } = await seed.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { unitId: true } });
  for (const [year, predikat] of rows) await seed.annualPerformance.create({ data: { employeeId, year, predikat, unitId: unit } });
}

async function setRank(employeeId: number, rankTmt: string) {
  await seed.employee.update({ where: { id: employeeId }, data: { rankTmt: d(rankTmt) } });
}

const condition = (path: CareerPath | null, code: string) => path?.assessment.promotion.conditions.find((c) => c.code === code);
const text = (path: CareerPath, code: string) => kpConditionText(condition(path, code)!, { asOf: ASOF, educationLevel: path.profile.educationLevel });

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  const unit = await createUnit(seed, { name: `Bidang Karier ${RUN}` });
  unitId = unit.id;
  const bossPosition = await createPosition(seed, { unitId, type: "ADMINISTRATOR" });
  const staffPosition = await createPosition(seed, { unitId, type: "PELAKSANA", minEducation: null, minRankCode: null });
  const bossRow = await createEmployee(seed, { positionId: bossPosition.id, roles: ["PEGAWAI", "ATASAN"] });
  const staffRow = await createEmployee(seed, { positionId: staffPosition.id, supervisorId: bossRow.id, rankCode: "III/a", educationLevel: "S1", serviceStart: d("2015-03-01") });
  const capped = await createEmployee(seed, { positionId: staffPosition.id, supervisorId: bossRow.id, rankCode: "III/c", educationLevel: "D3" });
  const sanctioned = await createEmployee(seed, { positionId: staffPosition.id, supervisorId: bossRow.id, rankCode: "II/c", educationLevel: "SMA" });
  const outsider = await createEmployee(seed, {});
  boss = asSessionUser(bossRow, ["PEGAWAI", "ATASAN"]);
  staff = asSessionUser(staffRow, ["PEGAWAI"]);
  Object.assign(ids, { boss: bossRow.id, staff: staffRow.id, outsider: outsider.id, capped: capped.id, sanctioned: sanctioned.id });

  await setRank(staffRow.id, "2022-01-01");
  await predikats(staffRow.id, [[2024, "BAIK"], [2025, "SANGAT_BAIK"]]);
  await setRank(capped.id, "2020-04-01");
  await predikats(capped.id, [[2024, "BAIK"]]);
  await setRank(sanctioned.id, "2024-08-15");
  await predikats(sanctioned.id, [[2024, "BAIK"], [2025, "BUTUH_PERBAIKAN"]]);
  await seed.sanction.create({
    data: { employeeId: sanctioned.id, level: "SEDANG", kind: "Pemotongan tunjangan kinerja 25% selama 6 bulan", reason: "Uji", startDate: d("2026-10-01"), endDate: d("2027-03-31"), blocksPromotion: true, skNumber: `HD/${RUN}`, skDate: d("2026-09-25") },
  });
});

describe("getCareerPath scope", () => {
  it.each([
    ["staff → self", () => staff, () => ids.staff, true],
    ["staff → colleague", () => staff, () => ids.capped, false],
    ["staff → supervisor", () => staff, () => ids.boss, false],
    ["supervisor → report", () => boss, () => ids.staff, true],
    ["supervisor → outsider", () => boss, () => ids.outsider, false],
    ["HR → anyone", () => admin, () => ids.outsider, true],
  ])("%s", async (_label, who, target, visible) => {
    expect((await getCareerPath(who(), target(), ASOF)) !== null).toBe(visible);
  });

  it("gives nothing for an id that does not exist", async () => {
    expect(await getCareerPath(admin, 2_000_000_000, ASOF)).toBeNull();
  });
});

describe("KP checklist", () => {
  it("finds a regular promotion due at the coming period when every condition holds", async () => {
    const path = await getCareerPath(staff, ids.staff, ASOF);
    const kp = path!.assessment.promotion;
    expect(kp.route).toBe("REGULER");
    expect(kp.nextRankId).toBe(10);
    expect(kp.eligibleNow).toBe(true);
    expect(kp.eligibleOn).toEqual(d("2026-12-01"));
    expect(kp.conditions.every((c) => c.met)).toBe(true);
    expect(text(path!, "YEARS_IN_RANK")).toBe("Masa kerja dalam pangkat 4 tahun 10 bulan; syarat 4 tahun terpenuhi sejak 1 Januari 2026.");
  });

  it("names a missing predikat and the education cap in plain words", async () => {
    const path = (await getCareerPath(admin, ids.capped, ASOF))!;
    expect(path.assessment.promotion.eligibleOn).toBeNull();
    expect(condition(path, "PERFORMANCE")?.met).toBe(false);
    expect(text(path, "PERFORMANCE")).toBe("Predikat 2024 Baik; predikat 2025 belum ada.");
    expect(condition(path, "EDUCATION_CAP")?.met).toBe(false);
    expect(text(path, "EDUCATION_CAP")).toBe("Pangkat berikutnya (III/d) melebihi batas pendidikan D-III (III/c): naik pangkat hanya lewat jalur pilihan.");
  });

  it("says when the years in rank will be met and until when a sanction runs", async () => {
    const path = (await getCareerPath(boss, ids.sanctioned, ASOF))!;
    expect(text(path, "YEARS_IN_RANK")).toBe("Masa kerja dalam pangkat baru 2 tahun 3 bulan; syarat 4 tahun terpenuhi pada 15 Agustus 2028.");
    expect(condition(path, "NO_SANCTION")?.met).toBe(false);
    expect(text(path, "NO_SANCTION")).toBe("Hukuman disiplin sedang berlaku sampai 31 Maret 2027.");
    expect(text(path, "PERFORMANCE")).toBe("Predikat 2024 Baik; predikat 2025 Butuh Perbaikan, di bawah Baik.");
    expect(path.timeline.sanctions).toHaveLength(1);
  });

  it("stops at 'PPPK has no pangkat' for a PPPK", async () => {
    const pppk = await createEmployee(seed, { status: "PPPK", unitId });
    const path = (await getCareerPath(admin, pppk.id, ASOF))!;
    expect(path.assessment.promotion.conditions.map((c) => c.code)).toEqual(["NOT_PNS"]);
    expect(path.assessment.jenjang).toBeNull();
  });

  it("gives the next KGB date from the TMT CPNS", async () => {
    const path = (await getCareerPath(staff, ids.staff, ASOF))!;
    expect(path.assessment.salaryStep).toEqual(d("2027-03-01"));
  });
});

describe("functional position: credit since TMT, jenjang, vacancy", () => {
  let path: CareerPath;
  let emptyUnitPath: CareerPath;
  beforeAll(async () => {
    const unit = await createUnit(seed, { name: `Bidang Fungsional ${RUN}` });
    const pertama = await createPosition(seed, { unitId: unit.id, type: "FUNGSIONAL", functionalLevel: "AHLI_PERTAMA" });
    await createPosition(seed, { unitId: unit.id, type: "FUNGSIONAL", functionalLevel: "AHLI_MUDA", formation: 2 });
    const supervisorRow = await createEmployee(seed, { unitId: unit.id, type: "PENGAWAS", roles: ["PEGAWAI", "ATASAN"] });
    const person = await createEmployee(seed, { positionId: pertama.id, supervisorId: supervisorRow.id, rankCode: "III/a", educationLevel: "S1" });
    ids.functional = person.id;
    await setRank(person.id, "2024-10-01");
    await seed.employee.update({ where: { id: person.id }, data: { positionTmt: d("2023-01-01") } });
    await seed.positionHistory.updateMany({ where: { employeeId: person.id }, data: { tmt: d("2023-01-01") } });
    const skp2024 = await createAppraisal(seed, { employeeId: person.id, year: 2024, status: "CLOSED" });
    const award = (year: number, appraisalId: number | null) =>
      seed.creditAward.create({ data: { employeeId: person.id, appraisalId, year, functionalLevel: "AHLI_PERTAMA", months: 12, predikat: "BAIK", percentage: 100, coefficient: 12.5, credit: 12.5 } });
    await award(2023, null);
    await award(2024, skp2024.id);
    await award(2025, null);
    await seed.competencyAssessment.create({ data: { employeeId: person.id, competencyId: (await seed.competency.findFirstOrThrow({ select: { id: true } })).id, level: 3, assessedOn: d("2026-05-04"), source: "Uji Kompetensi" } });
    path = (await getCareerPath(admin, person.id, ASOF))!;

    const lonelyUnit = await createUnit(seed);
    const lonely = await createEmployee(seed, { unitId: lonelyUnit.id, type: "FUNGSIONAL", functionalLevel: "AHLI_MUDA", rankCode: "III/c", educationLevel: "S2" });
    emptyUnitPath = (await getCareerPath(admin, lonely.id, ASOF))!;
  });

  it("pro-rates the award of the TMT's year by month: 12.5 × 3/12 + 12.5", () => {
    expect(path.assessment.creditInRank).toBe(15.625);
    expect(condition(path, "CREDIT")).toMatchObject({ met: false, detail: { credit: 15.625, required: 50 } });
    expect(path.assessment.promotion.route).toBe("PILIHAN_FUNGSIONAL");
  });

  it("counts the jenjang from the first post in it, with a competency test and a vacancy", () => {
    const jenjang = path.assessment.jenjang!;
    expect(jenjang.since).toEqual(d("2023-01-01"));
    expect(jenjang.creditInLevel).toBe(37.5);
    expect(jenjang.next).toBe("AHLI_MUDA");
    expect(jenjang.conditions).toEqual([
      expect.objectContaining({ code: "CREDIT", met: false }),
      expect.objectContaining({ code: "COMPETENCY_TEST", met: true, detail: { passedOn: "2026-05-04" } }),
      expect.objectContaining({ code: "VACANCY", met: true }),
    ]);
  });

  it("leaves the vacancy unknown when the unit has no post of the next jenjang", () => {
    expect(emptyUnitPath.assessment.jenjang?.conditions.find((c) => c.code === "VACANCY")?.met).toBeNull();
    expect(emptyUnitPath.assessment.jenjang?.conditions.find((c) => c.code === "COMPETENCY_TEST")?.met).toBe(false);
  });
});

describe("timeline", () => {
  it("holds pangkat, jabatan, pendidikan, pelatihan, penghargaan and hukuman disiplin, but not mentoring hours", async () => {
    const person = await createEmployee(seed, { unitId, rankCode: "II/b" });
    await seed.award.create({ data: { employeeId: person.id, name: "Satyalancana Karya Satya X Tahun", grantor: "Presiden RI", skNumber: `KEP/${RUN}`, skDate: d("2025-08-17") } });
    await seed.sanction.create({
      data: { employeeId: person.id, level: "RINGAN", kind: "Teguran lisan", reason: "Uji", startDate: d("2023-02-01"), endDate: d("2023-02-01"), blocksPromotion: false, skNumber: `HD2/${RUN}`, skDate: d("2023-02-01") },
    });
    const hour = (source: "TRAINING" | "EXTERNAL" | "MENTORING", sourceId: number, title: string) =>
      seed.developmentHour.create({ data: { employeeId: person.id, year: 2026, date: d("2026-03-10"), hours: 8, source, sourceId, type: "KLASIKAL", title } });
    const base = 900_000_000 + Math.floor(Math.random() * 1_000_000);
    await hour("TRAINING", base, "Pelatihan Analisis Jabatan");
    await hour("EXTERNAL", base, "Seminar Manajemen ASN");
    await hour("MENTORING", base, "Mentoring: Menyusun SKP");
    const path = (await getCareerPath(admin, person.id, ASOF))!;
    expect(path.timeline.trainings.map((row) => row.title).sort()).toEqual(["Pelatihan Analisis Jabatan", "Seminar Manajemen ASN"]);
    expect(path.timeline.trainingsTotal).toBe(2);
    expect(path.timeline.awards.map((row) => row.name)).toEqual(["Satyalancana Karya Satya X Tahun"]);
    expect(path.timeline.sanctions.map((row) => row.kind)).toEqual(["Teguran lisan"]);
    expect(path.profile.rankHistory.length).toBeGreaterThan(0);
    expect(path.profile.positionHistory.length).toBeGreaterThan(0);
    expect(path.profile.education.length).toBeGreaterThan(0);
  });
});
