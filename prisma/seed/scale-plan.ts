// The scale data set in memory: a generated province (up to 40 OPD x 8 sub-units), its posts and N
// people drawn by the same generator as the demo, with the supervisor tree the default rater rules
// give. Ids are assigned afterwards from reserved sequence values (scale.ts), so nothing here
// touches the database.
import type { EducationLevel } from "../../lib/domain/education";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel, type PositionType } from "../../lib/domain/positions";
import type { Role } from "../../lib/generated/prisma/enums";
import { planPerson, type PersonPlan } from "./careers";
import type { FamilyKey } from "./families";
import { SCALE_SEQUENCES, type NipRegistry } from "./identity";
import { competencyStandard, educationOptions, minimumEducation, minimumRankId, positionGrade, type StandardLine } from "./position-rules";
import { createRng, hashSeed, type Rng } from "./random";
import { KEAHLIAN_JF, KETERAMPILAN_FAMILIES, SCALE_BIROS, SCALE_OPDS, SCALE_SUBUNITS, subunitPosts } from "./scale-org";

export type ScaleUnit = { id: number; code: string; name: string; parent: ScaleUnit | null };
export type ScalePosition = {
  id: number;
  name: string;
  unit: ScaleUnit;
  type: PositionType;
  level: FunctionalLevel | null;
  family: FamilyKey;
  grade: number;
  minRankId: number | null;
  minEducation: EducationLevel;
  education: readonly EducationLevel[];
  standard: StandardLine[];
  holders: number;
  earlier: ScalePosition[];
};
export type ScalePerson = { id: number; plan: PersonPlan<ScalePosition>; supervisor: ScalePerson | null; roles: Role[] };
export type ScalePlan = { units: ScaleUnit[]; positions: ScalePosition[]; people: ScalePerson[] };

const STAFF_MIX: readonly (readonly [FunctionalLevel | "PELAKSANA", number])[] = [
  ["PELAKSANA", 45], ["AHLI_PERTAMA", 20], ["AHLI_MUDA", 12], ["AHLI_MADYA", 3], ["TERAMPIL", 10], ["MAHIR", 7], ["PENYELIA", 3],
];
const PELAKSANA_POSTS: readonly { name: string; grade: number; family: FamilyKey; education: readonly EducationLevel[] }[] = [
  { name: "Pengadministrasi Perkantoran", grade: 5, family: "UMUM", education: ["SMA", "SMK"] },
  { name: "Pengelola Data dan Informasi", grade: 6, family: "TI", education: ["SMA", "SMK", "D3"] },
  { name: "Penata Laporan Keuangan", grade: 7, family: "KEUANGAN", education: ["D3", "S1"] },
];
/** PPPK are recruited into these posts only, so those posts have no minimum pangkat. */
const OPEN_TO_PPPK = new Set<string>(["PELAKSANA", "AHLI_PERTAMA", "TERAMPIL"]);

function drawStaffKind(rng: Rng): FunctionalLevel | "PELAKSANA" {
  let roll = rng.int(1, 100);
  for (const [kind, weight] of STAFF_MIX) {
    roll -= weight;
    if (roll <= 0) return kind;
  }
  return "PELAKSANA";
}

function headTitle(opd: string): string {
  if (opd === "Inspektorat") return "Inspektur";
  if (opd === "Sekretariat DPRD") return "Sekretaris DPRD";
  if (opd.startsWith("Rumah Sakit")) return `Direktur ${opd}`;
  return `Kepala ${opd}`;
}

export function planScale(options: { employees: number; batch: number; nips: NipRegistry }): ScalePlan {
  const { employees: total, batch, nips } = options;
  const rng = createRng(hashSeed(`jenjang-scale/${batch}`));
  const opdCount = Math.max(1, Math.min(SCALE_OPDS.length, Math.round(total / 2500)));
  const perOpd = Math.floor(total / opdCount);
  const subCount = Math.max(1, Math.min(SCALE_SUBUNITS.length, Math.floor(perOpd / 60)));
  const supervisorsPerSub = perOpd >= 200 ? 3 : 1;

  const units: ScaleUnit[] = [];
  const positions: ScalePosition[] = [];
  const people: ScalePerson[] = [];
  const root: ScaleUnit = { id: 0, code: `SCALE-${batch}`, name: `Pemerintah Provinsi Uji Skala ${batch}`, parent: null };
  units.push(root);

  const post = (unit: ScaleUnit, name: string, type: PositionType, level: FunctionalLevel | null, family: FamilyKey, extra: { grade?: number; education?: readonly EducationLevel[] } = {}) => {
    const shape = { type, level };
    const education = educationOptions(shape, family, extra.education);
    const open = OPEN_TO_PPPK.has(level ?? type);
    const position: ScalePosition = {
      id: 0, name, unit, type, level, family, grade: extra.grade ?? positionGrade(shape),
      minRankId: minimumRankId(shape, education, open), minEducation: minimumEducation(education), education,
      standard: competencyStandard(shape, family), holders: 0, earlier: [],
    };
    positions.push(position);
    return position;
  };
  const hire = (position: ScalePosition, supervisor: ScalePerson | null, status: "PNS" | "PPPK" = "PNS") => {
    position.holders += 1;
    const plan = planPerson({
      rng, shape: { type: position.type, level: position.level }, family: position.family, status, educationOptions: position.education,
      current: position, earlier: status === "PNS" ? position.earlier : [], nips, sequences: SCALE_SEQUENCES,
    });
    const person: ScalePerson = { id: 0, plan, supervisor, roles: ["PEGAWAI"] };
    people.push(person);
    return person;
  };

  let sekda: ScalePerson | null = null;
  for (let o = 0; o < opdCount; o += 1) {
    const opd = SCALE_OPDS[o]!;
    const isSetda = o === 0;
    const headcount = perOpd + (o < total - perOpd * opdCount ? 1 : 0);
    const opdUnit: ScaleUnit = { id: 0, code: `${root.code}-O${String(o + 1).padStart(2, "0")}`, name: opd.name, parent: root };
    units.push(opdUnit);
    const headPost = isSetda ? post(opdUnit, "Sekretaris Daerah", "JPT_MADYA", null, "UMUM") : post(opdUnit, headTitle(opd.name), "JPT_PRATAMA", null, opd.family);
    const opdPosts: ScalePosition[] = [];
    const subs = Array.from({ length: subCount }, (_, k) => {
      const name = isSetda ? SCALE_BIROS[k]! : SCALE_SUBUNITS[k]!;
      const unit: ScaleUnit = { id: 0, code: `${opdUnit.code}-${k + 1}`, name, parent: opdUnit };
      units.push(unit);
      const names = subunitPosts(name);
      const family = k === 0 && !isSetda ? "UMUM" : opd.family;
      const ketFamily = KETERAMPILAN_FAMILIES.includes(family) ? family : k % 2 ? "TI" : "ARSIP";
      const jpt = isSetda ? post(unit, `Kepala ${name}`, "JPT_PRATAMA", null, "UMUM", { grade: 14 }) : null;
      const admin = post(unit, names.head, "ADMINISTRATOR", null, family, { grade: k === 0 ? 12 : 11 });
      const supervisors = names.supervisors.slice(0, supervisorsPerSub).map((n) => post(unit, n, "PENGAWAS", null, family, { grade: k >= 6 ? 8 : 9 }));
      const staff = new Map<string, ScalePosition[]>();
      staff.set("PELAKSANA", PELAKSANA_POSTS.map((p) => post(unit, p.name, "PELAKSANA", null, p.family, { grade: p.grade, education: p.education })));
      for (const level of ["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA"] as const) staff.set(level, [post(unit, `${KEAHLIAN_JF[family]} ${FUNCTIONAL_LEVEL_LABELS[level]}`, "FUNGSIONAL", level, family)]);
      for (const level of ["TERAMPIL", "MAHIR", "PENYELIA"] as const) staff.set(level, [post(unit, `${KEAHLIAN_JF[ketFamily]} ${FUNCTIONAL_LEVEL_LABELS[level]}`, "FUNGSIONAL", level, ketFamily)]);
      const all = [jpt, admin, ...supervisors, ...[...staff.values()].flat()].filter((p): p is ScalePosition => p !== null);
      for (const p of all) p.earlier = all.filter((other) => other.grade < p.grade && other.grade >= p.grade - 4);
      opdPosts.push(admin);
      return { unit, jpt, admin, supervisors, staff };
    });
    headPost.earlier = opdPosts;
    // Mutasi: the same post in the neighbouring sub-unit is a plausible earlier post too.
    subs.forEach((sub, k) => {
      const next = subs[(k + 1) % subs.length]!;
      if (next === sub) return;
      for (const [kind, posts] of sub.staff) {
        posts.forEach((p, i) => {
          const twin = next.staff.get(kind)?.[i];
          if (twin) p.earlier.push(twin);
        });
      }
    });

    const head = hire(headPost, sekda);
    if (isSetda) sekda = head;
    const managers = subs.map((sub) => {
      const jpt = sub.jpt ? hire(sub.jpt, head) : null;
      const admin = hire(sub.admin, jpt ?? head);
      return { jpt: jpt ?? head, admin, supervisors: sub.supervisors.map((p) => hire(p, admin)) };
    });
    const staffCount = headcount - 1 - managers.reduce((sum, m) => sum + 1 + m.supervisors.length + (isSetda ? 1 : 0), 0);
    for (let i = 0; i < staffCount; i += 1) {
      const k = i % subs.length;
      const sub = subs[k]!;
      const boss = managers[k]!;
      const kind = drawStaffKind(rng);
      const postChoices = sub.staff.get(kind)!;
      const position = rng.pick(postChoices);
      const status = OPEN_TO_PPPK.has(kind) && rng.chance(0.2) ? "PPPK" : "PNS";
      const supervisor = kind === "AHLI_MADYA" ? boss.jpt : kind === "AHLI_MUDA" ? boss.admin : boss.supervisors[Math.floor(i / subs.length) % boss.supervisors.length]!;
      hire(position, supervisor, status);
    }
  }
  for (const person of people) if (person.supervisor) person.supervisor.roles = ["PEGAWAI", "ATASAN"];
  return { units, positions, people };
}
