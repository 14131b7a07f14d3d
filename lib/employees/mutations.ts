import "server-only";
import { splitOnSupervisorChange } from "@/lib/appraisals/plan-split";
import { supervisorPathFor, wouldCreateSupervisorCycle } from "@/lib/domain/employee-rules";
import { normalizeSearch } from "@/lib/domain/search";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, fieldError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/passwords";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import { identityIssues, type TCreateEmployee, type TUpdateEmployee } from "./schemas";

/** The supervisor named by NIP, with the path an employee placed under them gets. */
async function resolveSupervisor(tx: Tx, nip: string | null) {
  if (!nip) return { supervisorId: null, supervisorPath: [] as number[] };
  const supervisor = await tx.employee.findUnique({ where: { nip }, select: { id: true, supervisorPath: true } });
  if (!supervisor) throw fieldError("supervisorNip", t("employees.errors.supervisorNotFound"));
  return { supervisorId: supervisor.id, supervisorPath: supervisorPathFor(supervisor.id, supervisor.supervisorPath), candidatePath: supervisor.supervisorPath };
}

/**
 * Whoever becomes someone's supervisor rates them (pejabat penilai) and needs the Atasan role to open
 * their team's SKPs; granted here, in the same transaction, and audited.
 */
async function ensureAtasan(tx: Tx, supervisorId: number | null, actorId: number): Promise<void> {
  if (supervisorId === null) return;
  const user = await tx.user.findUnique({ where: { employeeId: supervisorId }, select: { id: true, roles: true } });
  if (!user || user.roles.includes("ATASAN")) return;
  await tx.user.update({ where: { id: user.id }, data: { roles: [...user.roles, "ATASAN"] } });
  await writeAudit(tx, { actorId, action: "user.role_granted", entityType: "User", entityId: user.id, before: { roles: user.roles }, after: { roles: [...user.roles, "ATASAN"] } });
}

async function activePosition(tx: Tx, id: number, field: string) {
  const position = await tx.position.findFirst({ where: { id, active: true }, select: { id: true, name: true, unitId: true, unit: { select: { name: true } } } });
  if (!position) throw fieldError(field, t("employees.errors.positionNotFound"));
  return position;
}

/** A duplicate NIP can still slip in between the check and the insert; the unique index decides. */
async function guardDuplicateNip<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("nip", t("nip.errors.DUPLICATE"));
    throw error;
  }
}

export async function createEmployee(actor: SessionUser, input: TCreateEmployee): Promise<number> {
  authorize(actor, "employee.create");
  const passwordHash = await hashPassword(input.password);
  return guardDuplicateNip(() =>
    db.$transaction(async (tx) => {
      if (await tx.employee.count({ where: { nip: input.nip } })) throw fieldError("nip", t("nip.errors.DUPLICATE"));
      const position = await activePosition(tx, input.positionId, "positionId");
      const { supervisorId, supervisorPath } = await resolveSupervisor(tx, input.supervisorNip);
      const isPns = input.status === "PNS";
      const employee = await tx.employee.create({
        data: {
          nip: input.nip,
          name: input.name,
          searchName: normalizeSearch(input.name),
          frontTitle: input.frontTitle,
          backTitle: input.backTitle,
          gender: input.gender,
          birthPlace: input.birthPlace,
          birthDate: input.birthDate,
          status: input.status,
          serviceStart: input.serviceStart,
          educationLevel: input.educationLevel,
          email: input.email,
          phone: input.phone,
          rankId: isPns ? input.rankId : null,
          rankTmt: isPns ? input.rankTmt : null,
          positionId: position.id,
          positionTmt: input.positionTmt,
          unitId: position.unitId,
          supervisorId,
          supervisorPath,
          user: { create: { passwordHash, roles: ["PEGAWAI"] } },
          education: {
            create: { level: input.educationLevel, institution: input.educationInstitution, major: input.educationMajor, graduationDate: input.educationGraduationDate },
          },
          positionHistory: {
            create: { positionId: position.id, positionName: position.name, unitName: position.unit.name, tmt: input.positionTmt, skNumber: input.positionSkNumber, skDate: input.positionSkDate },
          },
          rankHistory:
            isPns && input.rankId && input.rankTmt && input.rankSkNumber && input.rankSkDate
              ? {
                  create: {
                    rankId: input.rankId,
                    kind: input.rankTmt.getTime() === input.serviceStart.getTime() ? "PENGANGKATAN" : "REGULER",
                    tmt: input.rankTmt,
                    skNumber: input.rankSkNumber,
                    skDate: input.rankSkDate,
                  },
                }
              : undefined,
        },
        select: { id: true },
      });
      await ensureAtasan(tx, supervisorId, actor.userId);
      const { password: _password, ...recorded } = input;
      await writeAudit(tx, { actorId: actor.userId, action: "employee.create", entityType: "Employee", entityId: employee.id, after: recorded });
      return employee.id;
    }),
  );
}

const identitySelect = {
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  gender: true,
  birthPlace: true,
  birthDate: true,
  serviceStart: true,
  email: true,
  phone: true,
  status: true,
  supervisorId: true,
  supervisorPath: true,
} as const;

export async function updateEmployee(actor: SessionUser, id: number, input: TUpdateEmployee): Promise<void> {
  authorize(actor, "employee.update");
  await guardDuplicateNip(() =>
    db.$transaction(async (tx) => {
      await claimVersion(tx, "employee", id, input.version);
      const before = await tx.employee.findUniqueOrThrow({ where: { id }, select: identitySelect });
      const issues = identityIssues({ ...input, status: before.status });
      if (issues.length) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of issues) fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message];
        throw new AppError("VALIDATION", t("errors.validation"), fieldErrors);
      }
      if (input.nip !== before.nip && (await tx.employee.count({ where: { nip: input.nip } }))) throw fieldError("nip", t("nip.errors.DUPLICATE"));

      const supervisor = await resolveSupervisor(tx, input.supervisorNip);
      if (supervisor.supervisorId !== null && wouldCreateSupervisorCycle(id, supervisor.supervisorId, supervisor.candidatePath ?? [])) {
        throw fieldError("supervisorNip", t(supervisor.supervisorId === id ? "employees.errors.supervisorSelf" : "employees.errors.supervisorCycle"));
      }
      const { version: _version, supervisorNip: _nip, ...identity } = input;
      await tx.employee.update({
        where: { id },
        data: { ...identity, searchName: normalizeSearch(input.name), supervisorId: supervisor.supervisorId, supervisorPath: supervisor.supervisorPath },
      });
      if (supervisor.supervisorId !== before.supervisorId) {
        await moveSubtree(tx, id, before.supervisorPath, supervisor.supervisorPath);
        await ensureAtasan(tx, supervisor.supervisorId, actor.userId);
        // The new supervisor rates from today: the open SKP closes and a new one opens (lib/appraisals/plan-split.ts).
        await splitOnSupervisorChange(tx, id, supervisor.supervisorId, actor.userId);
      }
      const after = await tx.employee.findUniqueOrThrow({ where: { id }, select: identitySelect });
      await writeAudit(tx, { actorId: actor.userId, action: "employee.update", entityType: "Employee", entityId: id, before, after });
    }),
  );
}

/**
 * Everyone below `id` carries `id`'s old path as their prefix; swap it for the new one in one
 * statement (a subtree can hold thousands of people).
 */
async function moveSubtree(tx: Tx, id: number, oldPath: number[], newPath: number[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE employees
    SET supervisor_path = ${newPath}::int[] || supervisor_path[${oldPath.length + 1}:]
    WHERE supervisor_path @> ARRAY[${id}]::int[]`;
}
