// The set-based KP screening against a real PostgreSQL: it must say exactly what the career page says
// for each person (same rule, inputs loaded in SQL instead of per person), including the angka
// kredit pro-rated in SQL, and honour the unit filter with sub-units.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createPosition, createUnit } from "../../prisma/seed/factories";
import { getCareerPath } from "../../lib/career/career-queries";
import { screenEligibility, summarizeEligibility, type EligibilityRow } from "../../lib/career/eligibility";
import { loadScreeningInputs } from "../../lib/career/eligibility-queries";
import { parseIsoDate } from "../../lib/domain/dates";
import type { Predikat } from "../../lib/generated/prisma/enums";
import type { SessionUser } from "../../lib/server/session";
import { actor, RUN, seed } from "./support/context";

const d = (iso: string) => parseIsoDate(iso)!;
const ASOF = d("2026-11-23");

let admin: SessionUser;
let opd: number;
let sub: number;
let elsewhere: number;
const people: number[] = [];
let pppk: number;
let functional: number;

async function person(input: NonNullable<Parameters<typeof createEmployee>[1]>, rankTmt: string, predikats: [number, Predikat][]) {
  const row = await createEmployee(seed, input);
  await seed.employee.update({ where: { id: row.id }, data: { rankTmt: d(rankTmt) } });
  const unitId = input.unitId ?? (await seed.employee.findUniqueOrThrow({ where: { id: row.id }, select: { unitId: true } })).unitId;
  for (const [year, predikat] of predikats) await seed.annualPerformance.create({ data: { employeeId: row.id, year, predikat, unitId } });
  people.push(row.id);
  return row.id;
}

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  opd = (await createUnit(seed, { name: `Dinas Penyaringan ${RUN}` })).id;
  sub = (await createUnit(seed, { name: `Bidang Penyaringan ${RUN}`, parentId: opd })).id;
  elsewhere = (await createUnit(seed, { name: `Dinas Lain ${RUN}` })).id;
  const head = await createEmployee(seed, { unitId: opd, type: "ADMINISTRATOR", roles: ["PEGAWAI", "ATASAN"], rankCode: "IV/a", educationLevel: "S2" });
  people.push(head.id);
  await person({ unitId: sub, type: "PELAKSANA", rankCode: "III/a", educationLevel: "S1", supervisorId: head.id }, "2022-01-01", [[2024, "BAIK"], [2025, "SANGAT_BAIK"]]);
  await person({ unitId: sub, type: "PELAKSANA", rankCode: "III/c", educationLevel: "D3", supervisorId: head.id }, "2019-04-01", [[2024, "BAIK"], [2025, "BAIK"]]);
  await person({ unitId: sub, type: "PELAKSANA", rankCode: "II/c", educationLevel: "SMA", supervisorId: head.id }, "2023-06-01", [[2025, "BAIK"]]);
  const sanctioned = await person({ unitId: opd, type: "PENGAWAS", rankCode: "III/b", educationLevel: "S1", supervisorId: head.id }, "2021-10-01", [[2024, "SANGAT_BAIK"], [2025, "BAIK"]]);
  await seed.sanction.createMany({
    data: [
      { employeeId: sanctioned, level: "SEDANG", kind: "Pemotongan tunjangan kinerja", reason: "Uji", startDate: d("2026-09-01"), endDate: d("2027-02-28"), blocksPromotion: true, skNumber: `A/${RUN}`, skDate: d("2026-08-25") },
      { employeeId: sanctioned, level: "RINGAN", kind: "Teguran tertulis", reason: "Uji", startDate: d("2026-01-01"), endDate: null, blocksPromotion: false, skNumber: `B/${RUN}`, skDate: d("2025-12-20") },
      { employeeId: sanctioned, level: "BERAT", kind: "Penurunan jabatan", reason: "Uji", startDate: d("2020-01-01"), endDate: d("2020-12-31"), blocksPromotion: true, skNumber: `C/${RUN}`, skDate: d("2019-12-20") },
    ],
  });

  // Functional, pangkat TMT on the 16th: the SQL month arithmetic and the TS one must agree.
  const pertama = await createPosition(seed, { unitId: sub, type: "FUNGSIONAL", functionalLevel: "AHLI_PERTAMA" });
  functional = await person({ positionId: pertama.id, rankCode: "III/a", educationLevel: "S1", supervisorId: head.id }, "2023-03-16", [[2024, "BAIK"], [2025, "BAIK"]]);
  const split = await createAppraisal(seed, { employeeId: functional, year: 2023, status: "CLOSED", periodStart: d("2023-01-01"), periodEnd: d("2023-05-20") });
  const rest = await createAppraisal(seed, { employeeId: functional, year: 2023, status: "CLOSED", periodStart: d("2023-05-21"), periodEnd: d("2023-12-31") });
  const award = (year: number, appraisalId: number | null, months: number, credit: number) =>
    seed.creditAward.create({ data: { employeeId: functional, appraisalId, year, functionalLevel: "AHLI_PERTAMA", months, predikat: "BAIK", percentage: 100, coefficient: 12.5, credit } });
  await award(2022, null, 12, 12.5);
  await award(2023, split.id, 5, 5.209);
  await award(2023, rest.id, 7, 7.291);
  await award(2024, null, 12, 18.75);
  await award(2025, null, 12, 12.5);

  pppk = (await createEmployee(seed, { unitId: sub, status: "PPPK" })).id;
  await person({ unitId: elsewhere, type: "PELAKSANA", rankCode: "II/a", educationLevel: "SMA" }, "2020-01-01", [[2024, "BAIK"], [2025, "BAIK"]]);
});

describe("screenEligibility", () => {
  let rows: EligibilityRow[];
  beforeAll(async () => {
    rows = await screenEligibility(ASOF, { unitIds: [opd] });
  });

  it("screens the PNS of the unit and its sub-units, not PPPK and not other units", () => {
    const screened = rows.map((row) => row.employeeId);
    expect(screened).not.toContain(pppk);
    expect(screened.sort((a, b) => a - b)).toEqual(people.slice(0, -1).sort((a, b) => a - b));
  });

  it("agrees with the career page for every person", async () => {
    for (const row of rows) {
      const kp = (await getCareerPath(admin, row.employeeId, ASOF))!.assessment.promotion;
      expect({ id: row.employeeId, route: row.route, nextRankId: row.nextRankId, eligibleOn: row.eligibleOn, eligibleNow: row.eligibleNow, unmet: row.unmet }).toEqual({
        id: row.employeeId,
        route: kp.route,
        nextRankId: kp.nextRankId,
        eligibleOn: kp.eligibleOn,
        eligibleNow: kp.eligibleNow,
        unmet: kp.conditions.filter((c) => !c.met).map((c) => c.code),
      });
    }
    const verdicts = summarizeEligibility(rows);
    expect(verdicts.total).toBe(rows.length);
    expect(verdicts.eligibleNow).toBeGreaterThanOrEqual(1);
    expect(verdicts.unmet.NO_SANCTION).toBe(1);
    expect(verdicts.unmet.EDUCATION_CAP).toBeGreaterThanOrEqual(1);
  });

  it("pro-rates angka kredit in SQL exactly as the page does", async () => {
    const inputs = await loadScreeningInputs(ASOF, { unitIds: [sub] });
    const sql = inputs.credits.find((row) => row.id === functional)?.credit;
    const page = (await getCareerPath(admin, functional, ASOF))!.assessment.creditInRank;
    // 2023: the first SKP holds Jan–May 15ths, from 16 March only April and May count: 5.209 × 2/5;
    // the second all 7 months; 2024 and 2025 whole. The 2022 award is before the TMT.
    expect(page).toBe(2.084 + 7.291 + 18.75 + 12.5);
    expect(sql).toBe(page);
  });

  it("screens everyone when no unit is given", async () => {
    const all = await screenEligibility(ASOF);
    const ids = new Set(all.map((row) => row.employeeId));
    for (const id of people) expect(ids.has(id)).toBe(true);
    expect(ids.has(pppk)).toBe(false);
  });
});
