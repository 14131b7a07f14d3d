// Writing generated records through Prisma with the schema's invariants: OrgUnit.path is root→self,
// Employee.unitId is the unit of its position, current rank/position/education equal the latest
// history rows, supervisorPath is the supervisor's path plus the supervisor, searchName is
// normalizeSearch(name). The demo seed and the test factories both write through these functions.
import { educationOrder, type EducationLevel } from "../../lib/domain/education";
import { supervisorPathFor } from "../../lib/domain/employee-rules";
import type { FunctionalLevel, PositionType } from "../../lib/domain/positions";
import { normalizeSearch } from "../../lib/domain/search";
import type { Role } from "../../lib/generated/prisma/enums";
import type { PersonPlan } from "./careers";
import type { SeedDb } from "./client";

export type UnitRef = { id: number; code: string; name: string; path: number[] };
export type PositionRef = { id: number; name: string; unitId: number; unitName: string };

export async function insertUnit(db: SeedDb, input: { code: string; name: string; parentId?: number | null }): Promise<UnitRef> {
  const parentPath = input.parentId
    ? (await db.orgUnit.findUniqueOrThrow({ where: { id: input.parentId }, select: { path: true } })).path
    : [];
  const created = await db.orgUnit.create({ data: { code: input.code, name: input.name, parentId: input.parentId ?? null, path: [] }, select: { id: true } });
  const path = [...parentPath, created.id];
  await db.orgUnit.update({ where: { id: created.id }, data: { path } });
  return { id: created.id, code: input.code, name: input.name, path };
}

export type PositionInput = {
  unitId: number;
  unitName: string;
  name: string;
  type: PositionType;
  level: FunctionalLevel | null;
  grade: number;
  minRankId: number | null;
  minEducation: EducationLevel | null;
  formation: number;
  /** Standar kompetensi: competency id and required level. */
  standard: readonly { competencyId: number; level: number }[];
};

export async function insertPosition(db: SeedDb, input: PositionInput): Promise<PositionRef> {
  const created = await db.position.create({
    data: {
      name: input.name,
      type: input.type,
      functionalLevel: input.type === "FUNGSIONAL" ? input.level : null,
      grade: input.grade,
      unitId: input.unitId,
      minRankId: input.minRankId,
      minEducation: input.minEducation,
      formation: input.formation,
      competencies: { create: input.standard.map((line) => ({ competencyId: line.competencyId, requiredLevel: line.level })) },
    },
    select: { id: true },
  });
  return { id: created.id, name: input.name, unitId: input.unitId, unitName: input.unitName };
}

export type Supervisor = { id: number; supervisorPath: number[] } | null;

export type EmployeeOptions = { supervisor: Supervisor; roles: readonly Role[]; passwordHash: string };

export type InsertedEmployee = { id: number; userId: number; nip: string; supervisorPath: number[]; unitId: number; positionId: number };

/** Highest ijazah by level order; among equals the latest graduation. */
export function highestEducation(rows: readonly { level: EducationLevel; graduationDate: Date }[]): EducationLevel {
  const sorted = [...rows].sort((a, b) => educationOrder(a.level) - educationOrder(b.level) || a.graduationDate.getTime() - b.graduationDate.getTime());
  const top = sorted[sorted.length - 1];
  if (!top) throw new Error("An employee needs at least one education row");
  return top.level;
}

export async function insertEmployee(db: SeedDb, plan: PersonPlan<PositionRef>, options: EmployeeOptions): Promise<InsertedEmployee> {
  const currentPosition = plan.positions[plan.positions.length - 1];
  if (!currentPosition) throw new Error(`${plan.name} has no position`);
  const currentRank = plan.status === "PNS" ? plan.ranks[plan.ranks.length - 1] : undefined;
  if (plan.status === "PNS" && !currentRank) throw new Error(`PNS ${plan.name} has no rank history`);
  const supervisorPath = options.supervisor ? supervisorPathFor(options.supervisor.id, options.supervisor.supervisorPath) : [];
  const position = currentPosition.position;
  const created = await db.employee.create({
    data: {
      nip: plan.nip,
      name: plan.name,
      searchName: normalizeSearch(plan.name),
      frontTitle: plan.frontTitle,
      backTitle: plan.backTitle,
      gender: plan.gender,
      birthPlace: plan.birthPlace,
      birthDate: plan.birthDate,
      status: plan.status,
      serviceStart: plan.serviceStart,
      educationLevel: highestEducation(plan.education),
      email: plan.email,
      phone: plan.phone,
      rankId: currentRank?.rankId ?? null,
      rankTmt: currentRank?.tmt ?? null,
      positionId: position.id,
      positionTmt: currentPosition.tmt,
      unitId: position.unitId,
      supervisorId: options.supervisor?.id ?? null,
      supervisorPath,
      user: { create: { passwordHash: options.passwordHash, roles: [...options.roles] } },
      rankHistory: plan.status === "PNS" ? { createMany: { data: plan.ranks } } : undefined,
      positionHistory: {
        createMany: {
          data: plan.positions.map((row) => ({
            positionId: row.position.id,
            positionName: row.position.name,
            unitName: row.position.unitName,
            tmt: row.tmt,
            skNumber: row.skNumber,
            skDate: row.skDate,
          })),
        },
      },
      education: { createMany: { data: plan.education } },
    },
    select: { id: true, user: { select: { id: true } } },
  });
  return { id: created.id, userId: created.user!.id, nip: plan.nip, supervisorPath, unitId: position.unitId, positionId: position.id };
}
