// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or, when it is unset, to the
// embedded PostgreSQL in .data/postgres (started here and stopped again afterwards).
import { openDatabase } from "../lib/embedded-postgres";
import { applyMigrations } from "./migrator";

async function main(): Promise<void> {
  const port = Number.parseInt(process.env.JENJANG_PG_PORT ?? "5433", 10);
  const db = await openDatabase({ dataDir: ".data/postgres", port, database: "jenjang", log: console.log });
  try {
    const started = Date.now();
    const { applied } = await applyMigrations(db.url, { log: (line) => console.log(line) });
    const target = db.embedded ? `embedded PostgreSQL on port ${port}` : "DATABASE_URL";
    if (applied.length === 0) console.log(`Database is up to date (${target}); no migration applied.`);
    else console.log(`${applied.length} migration(s) applied to ${target} in ${Date.now() - started} ms.`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
