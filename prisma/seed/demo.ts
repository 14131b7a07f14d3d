// Demo data: Pemerintah Provinsi Jambi with ~170 people, their histories, supervisor tree and
// accounts (DEMO_ACCOUNTS). `npm run db:seed` runs it against DATABASE_URL; `npm start` calls
// seedDemo on an empty database. It never touches a database that already has employees.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createSeedClient, isMainModule } from "./client";
import { DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoAppraisals } from "./demo-appraisals";
import { seedDemoDevelopment } from "./demo-development";
import { seedDemoTalent } from "./demo-talent";
import { planDemo } from "./demo-plan";
import { insertEmployee, insertPosition, insertUnit, type InsertedEmployee, type PositionRef } from "./insert";
import { competencyIds, syncReferenceData } from "./reference";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./demo-accounts";

/** Serialises concurrent seeders (two app starts on one database): the second finds employees. */
const SEED_LOCK = 7_361_001;
const ARGON2ID = 2;

export async function seedDemo(db: PrismaClient): Promise<{ created: boolean; employees: number }> {
  const existing = await db.employee.count();
  if (existing > 0) return { created: false, employees: existing };
  // One hash for every demo account: argon2id is deliberately slow (~80 ms each).
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: ARGON2ID });
  const plan = planDemo();

  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})::text`;
      const already = await tx.employee.count();
      if (already > 0) return { created: false, employees: already };
      await syncReferenceData(tx);
      const competencies = await competencyIds(tx);

      const units = new Map<string, { id: number; name: string }>();
      for (const unit of plan.units) {
        const parentId = unit.parentCode ? units.get(unit.parentCode)!.id : null;
        units.set(unit.code, await insertUnit(tx, { code: unit.code, name: unit.name, parentId }));
      }

      const positions = new Map<string, PositionRef>();
      for (const position of plan.positions) {
        const unit = units.get(position.unitCode)!;
        const standard = position.standard.map((line) => {
          const competencyId = competencies.get(line.code);
          if (!competencyId) throw new Error(`Competency ${line.code} missing from the dictionary`);
          return { competencyId, level: line.level };
        });
        const { spec } = position;
        positions.set(
          position.key,
          await insertPosition(tx, {
            unitId: unit.id,
            unitName: unit.name,
            name: spec.name,
            type: spec.type,
            level: spec.level,
            grade: position.grade,
            minRankId: position.minRankId,
            minEducation: position.minEducation,
            formation: position.formation,
            standard,
          }),
        );
      }

      // Supervisors first, so each person's supervisor_path can be built from their supervisor's.
      const depth = (index: number): number => {
        const supervisor = plan.people[index]!.supervisor;
        return supervisor === null ? 0 : 1 + depth(supervisor);
      };
      const order = plan.people.map((_, index) => index).sort((a, b) => depth(a) - depth(b) || a - b);
      const inserted = new Map<number, InsertedEmployee>();
      for (const index of order) {
        const person = plan.people[index]!;
        const supervisor = person.supervisor === null ? null : inserted.get(person.supervisor)!;
        const resolved = {
          ...person.plan,
          positions: person.plan.positions.map((row) => ({ ...row, position: positions.get(row.position.key)! })),
        };
        inserted.set(index, await insertEmployee(tx, resolved, { supervisor, roles: person.roles, passwordHash }));
      }

      const pppk = plan.people.filter((person) => person.plan.status === "PPPK").length;
      const summary = {
        units: plan.units.length,
        positions: plan.positions.length,
        employees: plan.people.length,
        pns: plan.people.length - pppk,
        pppk,
        users: plan.people.length,
      };
      await tx.auditLog.create({ data: { actorId: null, action: "seed.demo", entityType: "Seed", entityId: null, after: summary } });
      // SKPs, evaluations and results 2021–2026 for the people above (demo-appraisals.ts).
      await seedDemoAppraisals(tx);
      // Trainings, JP, assessments, awards, sanctions, mentoring and career targets (demo-development.ts).
      await seedDemoDevelopment(tx);
      // Committee members, potential scores, key positions and a closed KP round (demo-talent.ts).
      await seedDemoTalent(tx);
      return { created: true, employees: plan.people.length };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL belum diisi. Contoh: DATABASE_URL=postgresql://user:pass@localhost:5432/jenjang npm run db:seed");
    process.exitCode = 1;
    return;
  }
  const db = createSeedClient(url);
  try {
    const started = Date.now();
    await syncReferenceData(db);
    const result = await seedDemo(db);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      result.created
        ? `Data demo dibuat: ${result.employees} pegawai (${seconds} s).`
        : `Data demo tidak dibuat: basis data sudah berisi ${result.employees} pegawai.`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:seed gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
