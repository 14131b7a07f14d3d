// The demo province as plain data before anything is written: units, posts, people and who rates
// whom. Pure and deterministic (seeded per post and holder), so two runs plan the same province.
import type { EducationLevel } from "../../lib/domain/education";
import { defaultRaterTypes, type PositionType } from "../../lib/domain/positions";
import type { Role } from "../../lib/generated/prisma/enums";
import { planPerson, type PersonPlan } from "./careers";
import { DEMO_ACCOUNTS, DEMO_ACCOUNT_FACTS } from "./demo-accounts";
import { DEMO_ROOT, type DemoPositionSpec, type DemoUnitSpec, type FixedKey } from "./demo-org";
import { DEMO_SEQUENCES, NipRegistry } from "./identity";
import { competencyStandard, educationOptions, minimumEducation, minimumRankId, positionGrade, type StandardLine } from "./position-rules";
import { createRng, hashSeed } from "./random";

export type PlannedUnit = { code: string; name: string; parentCode: string | null; raterUnit: string | null; depth: number };

export type PlannedPosition = {
  key: string;
  unitCode: string;
  spec: DemoPositionSpec;
  grade: number;
  minRankId: number | null;
  minEducation: EducationLevel;
  formation: number;
  standard: StandardLine[];
};

export type PlannedPerson = {
  plan: PersonPlan<PlannedPosition>;
  fixed: FixedKey | null;
  supervisor: number | null;
  roles: Role[];
};

export type DemoPlan = { units: PlannedUnit[]; positions: PlannedPosition[]; people: PlannedPerson[] };

function flattenUnits(spec: DemoUnitSpec, parentCode: string | null, depth: number, out: { unit: PlannedUnit; spec: DemoUnitSpec }[]) {
  out.push({ unit: { code: spec.code, name: spec.name, parentCode, raterUnit: spec.raterUnit ?? null, depth }, spec });
  for (const child of spec.children ?? []) flattenUnits(child, spec.code, depth + 1, out);
}

export function planDemo(): DemoPlan {
  const flat: { unit: PlannedUnit; spec: DemoUnitSpec }[] = [];
  flattenUnits(DEMO_ROOT, null, 0, flat);
  const units = flat.map((entry) => entry.unit);
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  /** The OPD a unit belongs to: its ancestor at depth 1. */
  const opdOf = (code: string): string => {
    let unit = unitByCode.get(code)!;
    while (unit.depth > 1 && unit.parentCode) unit = unitByCode.get(unit.parentCode)!;
    return unit.code;
  };

  const positions: PlannedPosition[] = flat.flatMap(({ unit, spec }) =>
    spec.positions.map((position, index) => {
      const shape = { type: position.type, level: position.level };
      const options = educationOptions(shape, position.family, position.education);
      return {
        key: `${unit.code}/${index}`,
        unitCode: unit.code,
        spec: position,
        grade: position.grade ?? positionGrade(shape),
        minRankId: minimumRankId(shape, options, (position.pppk ?? 0) > 0),
        minEducation: minimumEducation(options),
        formation: position.holders + (position.vacancies ?? 0),
        standard: competencyStandard(shape, position.family),
      };
    }),
  );

  const nips = new NipRegistry();
  for (const account of DEMO_ACCOUNTS) nips.claim(account.nip);
  const names = new Set<string>(DEMO_ACCOUNTS.map((account) => account.name));
  const accountByKey = new Map(DEMO_ACCOUNTS.map((account) => [account.key, account]));
  const people: PlannedPerson[] = [];
  for (const position of positions) {
    const { spec } = position;
    const shape = { type: spec.type, level: spec.level };
    const opd = opdOf(position.unitCode);
    const earlier = positions.filter((other) => other.grade < position.grade && opdOf(other.unitCode) === opd);
    for (let holder = 0; holder < spec.holders; holder += 1) {
      const fixed = spec.fixed?.[holder] ?? null;
      const account = fixed ? accountByKey.get(fixed) : undefined;
      const status = !fixed && holder >= spec.holders - (spec.pppk ?? 0) ? "PPPK" : "PNS";
      const plan = planPerson({
        rng: createRng(hashSeed(`jenjang-demo/${position.key}/${holder}`)),
        shape,
        family: spec.family,
        status,
        educationOptions: educationOptions(shape, spec.family, spec.education),
        current: position,
        earlier: status === "PNS" ? earlier : [],
        nips,
        sequences: DEMO_SEQUENCES,
        names,
        facts: fixed && account ? { ...DEMO_ACCOUNT_FACTS[fixed], name: account.name, nip: account.nip } : undefined,
      });
      people.push({ plan, fixed, supervisor: null, roles: ["PEGAWAI"] });
    }
  }

  assignSupervisors(people, units, opdOf);
  for (const person of people) {
    const hasReports = people.some((other) => other.supervisor !== null && people[other.supervisor] === person);
    person.roles = hasReports ? ["PEGAWAI", "ATASAN"] : ["PEGAWAI"];
    const account = person.fixed ? accountByKey.get(person.fixed) : undefined;
    if (account) {
      if (hasReports !== account.roles.includes("ATASAN")) throw new Error(`Demo account ${account.nip}: ATASAN role does not match the supervisor tree`);
      person.roles = [...account.roles];
    }
  }
  return { units, positions, people };
}

/**
 * Default rater by the ratee's post (lib/domain/positions.ts): the preferred types are looked for in
 * the person's own unit, then the unit that rates it (a school's bidang), then up the tree; failing
 * that anywhere in the OPD, then anywhere (a JPT pratama's rater is the Sekda in another unit).
 * Several candidates in one unit share the staff out in turn.
 */
function assignSupervisors(people: PlannedPerson[], units: PlannedUnit[], opdOf: (code: string) => string) {
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const holdersIn = (codes: readonly string[], type: PositionType, self: number) => {
    for (const code of codes) {
      const found = people.flatMap((person, index) =>
        index !== self && person.plan.positions.at(-1)!.position.unitCode === code && person.plan.positions.at(-1)!.position.spec.type === type ? [index] : [],
      );
      if (found.length) return found;
    }
    return [];
  };
  const turn = new Map<string, number>();
  people.forEach((person, index) => {
    const position = person.plan.positions.at(-1)!.position;
    const types = defaultRaterTypes(position.spec.type, position.spec.level);
    const unit = unitByCode.get(position.unitCode)!;
    const near: string[] = [unit.code];
    if (unit.raterUnit) near.push(unit.raterUnit);
    for (let parent = unit.parentCode; parent; parent = unitByCode.get(parent)!.parentCode) near.push(parent);
    const opd = units.filter((other) => opdOf(other.code) === opdOf(unit.code)).map((other) => other.code);
    const everywhere = units.map((other) => other.code);
    for (const scope of [near, opd, everywhere]) {
      for (const type of types) {
        const candidates = holdersIn(scope, type, index);
        if (candidates.length === 0) continue;
        const key = `${unit.code}/${type}`;
        const n = turn.get(key) ?? 0;
        turn.set(key, n + 1);
        person.supervisor = candidates[n % candidates.length]!;
        return;
      }
    }
  });
}
