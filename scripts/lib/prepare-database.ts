// One path from "a server exists" to "the app can run on it", shared by npm start, npm test and the
// benchmark: migrations, reference data (ranks, competency dictionary) and, when asked, demo data.
import { applyMigrations } from "../db/migrator";
import { createSeedClient } from "../../prisma/seed/client";
import { seedDemo } from "../../prisma/seed/demo";
import { syncReferenceData } from "../../prisma/seed/reference";

export type PrepareResult = { migrations: string[]; demoCreated: boolean; employees: number };

export async function prepareDatabase(url: string, options: { demo: boolean; log?: (line: string) => void }): Promise<PrepareResult> {
  const log = options.log ?? (() => {});
  const { applied } = await applyMigrations(url, { log });
  const db = createSeedClient(url);
  try {
    await syncReferenceData(db);
    if (!options.demo) return { migrations: applied, demoCreated: false, employees: await db.employee.count() };
    const demo = await seedDemo(db);
    return { migrations: applied, demoCreated: demo.created, employees: demo.employees };
  } finally {
    await db.$disconnect();
  }
}
