// Deterministic builders for integration and e2e tests. They write through the same functions as
// the demo seed (insert.ts) and draw people with the same generator (careers.ts), so a factory
// employee satisfies every invariant a demo employee does: valid unique NIP, paths, histories that
// match the current rank/post/education, and a user account.
import { hash } from "@node-rs/argon2";
import { EDUCATION_RANK_RULES, regularRankCap, startingRank, type EducationLevel } from "../../lib/domain/education";
import type { EmploymentStatus, Gender } from "../../lib/domain/people";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel, type PositionType } from "../../lib/domain/positions";
import { rankOf, type RankCode } from "../../lib/domain/ranks";
import type { RankChangeKind, Role } from "../../lib/generated/prisma/enums";
import { planPerson } from "./careers";
import type { SeedDb } from "./client";
import { DEMO_PASSWORD } from "./demo-accounts";
import type { FamilyKey } from "./families";
import { FACTORY_SEQUENCES, NipRegistry } from "./identity";
import { insertEmployee, insertPosition, insertUnit, type PositionRef, type UnitRef } from "./insert";
import { competencyStandard, educationOptions, minimumEducation, minimumRankId, positionGrade } from "./position-rules";
import { createRng, hashSeed } from "./random";
import { competencyIds, syncReferenceData } from "./reference";

/** Password of every factory user unless a test passes its own. */
export const FACTORY_PASSWORD = DEMO_PASSWORD;
const ARGON2ID = 2;

let counter = 0;
// Every test file runs in a fresh module instance against one shared database: a per-process salt
// keeps files from replaying each other's people (and NIPs) and burning through the retries.
const SALT = `${process.pid}-${Date.now().toString(36)}`;
const nips = new NipRegistry();
const hashes = new Map<string, Promise<string>>();
const prepared = new WeakMap<object, Promise<Map<string, number>>>();

function passwordHash(password: string): Promise<string> {
  let cached = hashes.get(password);
  if (!cached) hashes.set(password, (cached = hash(password, { algorithm: ARGON2ID })));
  return cached;
}

/** Ranks and the competency dictionary must exist before positions and employees refer to them. */
function referenceData(db: SeedDb): Promise<Map<string, number>> {
  let ready = prepared.get(db);
  if (!ready) prepared.set(db, (ready = syncReferenceData(db).then(() => competencyIds(db))));
  return ready;
}

export async function createUnit(db: SeedDb, input: { name?: string; parentId?: number | null; code?: string } = {}): Promise<UnitRef> {
  let code = input.code;
  while (!code) {
    counter += 1;
    const candidate = `UJI-${counter}`;
    if (!(await db.orgUnit.findUnique({ where: { code: candidate }, select: { id: true } }))) code = candidate;
  }
  return insertUnit(db, { code, name: input.name ?? `Unit Uji ${code.replace(/^UJI-/, "")}`, parentId: input.parentId ?? null });
}

const DEFAULT_NAMES: Record<Exclude<PositionType, "FUNGSIONAL">, string> = {
  JPT_UTAMA: "Kepala Badan Uji",
  JPT_MADYA: "Sekretaris Daerah Uji",
  JPT_PRATAMA: "Kepala Dinas Uji",
  ADMINISTRATOR: "Kepala Bidang Uji",
  PENGAWAS: "Kepala Subbidang Uji",
  PELAKSANA: "Pengadministrasi Perkantoran",
};

export type PositionFactoryInput = {
  unitId: number;
  type?: PositionType;
  functionalLevel?: FunctionalLevel | null;
  name?: string;
  grade?: number;
  minRankCode?: RankCode | null;
  minEducation?: EducationLevel | null;
  formation?: number;
  family?: FamilyKey;
  active?: boolean;
};

export type FactoryPosition = PositionRef & { type: PositionType; functionalLevel: FunctionalLevel | null; family: FamilyKey };

export async function createPosition(db: SeedDb, input: PositionFactoryInput): Promise<FactoryPosition> {
  const competencies = await referenceData(db);
  const type = input.type ?? "PELAKSANA";
  const level = type === "FUNGSIONAL" ? (input.functionalLevel ?? "AHLI_PERTAMA") : null;
  const shape = { type, level };
  const family = input.family ?? (type === "FUNGSIONAL" ? "SDM" : "UMUM");
  const options = educationOptions(shape, family);
  const unit = await db.orgUnit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true } });
  const name = input.name ?? (level ? `Analis SDM Aparatur ${FUNCTIONAL_LEVEL_LABELS[level]}` : DEFAULT_NAMES[type as Exclude<PositionType, "FUNGSIONAL">]);
  const managerial = type !== "FUNGSIONAL" && type !== "PELAKSANA";
  const ref = await insertPosition(db, {
    unitId: input.unitId,
    unitName: unit.name,
    name,
    type,
    level,
    grade: input.grade ?? positionGrade(shape),
    minRankId: input.minRankCode === undefined ? minimumRankId(shape, options, false) : input.minRankCode && rankOf(input.minRankCode).id,
    minEducation: input.minEducation === undefined ? minimumEducation(options) : input.minEducation,
    formation: input.formation ?? (managerial ? 1 : 3),
    standard: competencyStandard(shape, family).map((line) => ({ competencyId: competencies.get(line.code)!, level: line.level })),
  });
  if (input.active === false) await db.position.update({ where: { id: ref.id }, data: { active: false } });
  return { ...ref, type, functionalLevel: level, family };
}

export type EmployeeFactoryInput = {
  unitId?: number;
  positionId?: number;
  /** Used when the factory creates the position. */
  type?: PositionType;
  functionalLevel?: FunctionalLevel;
  supervisorId?: number | null;
  status?: EmploymentStatus;
  rankCode?: RankCode;
  educationLevel?: EducationLevel;
  /** Kind of the steps above the education's regular cap (default: the post's pilihan route). */
  aboveCapKind?: RankChangeKind;
  roles?: Role[];
  password?: string;
  name?: string;
  gender?: Gender;
  birthDate?: Date;
  serviceStart?: Date;
  active?: boolean;
};

export type FactoryEmployee = {
  id: number;
  nip: string;
  userId: number;
  name: string;
  password: string;
  unitId: number;
  positionId: number;
  supervisorPath: number[];
  rankId: number | null;
  status: EmploymentStatus;
};

/** An ijazah that starts at or below the rank and, when possible, reaches it by regular KP. */
function educationFor(rankCode: RankCode): EducationLevel {
  const rankId = rankOf(rankCode).id;
  const levels = ["S3", "S2", "S1", "D3", "SMA", "SMP", "SD"] as const satisfies readonly (keyof typeof EDUCATION_RANK_RULES)[];
  const starts = levels.filter((level) => startingRank(level).id <= rankId);
  return starts.find((level) => regularRankCap(level).id >= rankId) ?? starts[0] ?? "SD";
}

export async function createEmployee(db: SeedDb, input: EmployeeFactoryInput = {}): Promise<FactoryEmployee> {
  await referenceData(db);
  const position = input.positionId
    ? await loadPosition(db, input.positionId)
    : await createPosition(db, { unitId: input.unitId ?? (await createUnit(db)).id, type: input.type, functionalLevel: input.functionalLevel });
  if (input.unitId !== undefined && input.unitId !== position.unitId) throw new Error(`Position ${position.id} is not in unit ${input.unitId}`);
  const status = input.status ?? "PNS";
  const shape = { type: position.type, level: position.functionalLevel };
  const education = input.educationLevel ?? (input.rankCode && status === "PNS" ? educationFor(input.rankCode) : undefined);
  const supervisor = input.supervisorId
    ? await db.employee.findUniqueOrThrow({ where: { id: input.supervisorId }, select: { id: true, supervisorPath: true } })
    : null;

  for (let attempt = 0; attempt < 50; attempt += 1) {
    counter += 1;
    const plan = planPerson({
      rng: createRng(hashSeed(`jenjang-factory/${SALT}/${counter}`)),
      shape,
      family: position.family,
      status,
      educationOptions: educationOptions(shape, position.family),
      current: position,
      nips,
      sequences: FACTORY_SEQUENCES,
      facts: {
        name: input.name,
        gender: input.gender,
        birthDate: input.birthDate,
        serviceStart: input.serviceStart,
        education,
        rankCode: status === "PNS" ? input.rankCode : undefined,
        aboveCapKind: input.aboveCapKind,
      },
    });
    // Another test file (another process) may have used this NIP in the shared database.
    if (await db.employee.findUnique({ where: { nip: plan.nip }, select: { id: true } })) continue;
    const password = input.password ?? FACTORY_PASSWORD;
    const created = await insertEmployee(db, plan, { supervisor, roles: input.roles ?? ["PEGAWAI"], passwordHash: await passwordHash(password) });
    if (input.active === false) await db.user.update({ where: { id: created.userId }, data: { active: false } });
    if (supervisor) await grantAtasan(db, supervisor.id);
    return {
      ...created,
      name: plan.name,
      password,
      rankId: plan.status === "PNS" ? (plan.ranks.at(-1)?.rankId ?? null) : null,
      status,
    };
  }
  throw new Error("createEmployee: no free NIP after 50 attempts");
}

/** Anyone with a report holds ATASAN, as in the demo. */
async function grantAtasan(db: SeedDb, employeeId: number): Promise<void> {
  const user = await db.user.findUnique({ where: { employeeId }, select: { id: true, roles: true } });
  if (user && !user.roles.includes("ATASAN")) await db.user.update({ where: { id: user.id }, data: { roles: [...user.roles, "ATASAN"] } });
}

async function loadPosition(db: SeedDb, id: number): Promise<FactoryPosition> {
  const row = await db.position.findUniqueOrThrow({
    where: { id },
    select: { id: true, name: true, unitId: true, type: true, functionalLevel: true, unit: { select: { name: true } } },
  });
  const family: FamilyKey = row.type === "FUNGSIONAL" ? "SDM" : "UMUM";
  return { id: row.id, name: row.name, unitId: row.unitId, unitName: row.unit.name, type: row.type, functionalLevel: row.functionalLevel, family };
}
