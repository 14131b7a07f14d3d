// `npm run db:check`: fails (exit 1, SQL printed) when prisma/schema.prisma and prisma/migrations
// disagree, i.e. someone changed the schema without `npm run db:migration -- <name>`. For CI.
import { existsSync } from "node:fs";
import path from "node:path";
import { listMigrationDirs } from "./migrator";
import { LOCKFILE_NAME, MIGRATIONS_DIR, diffMigrationsToSchema } from "./schema-engine";

async function main(): Promise<void> {
  const migrations = await listMigrationDirs(MIGRATIONS_DIR);
  if (migrations.length > 0 && !existsSync(path.join(MIGRATIONS_DIR, LOCKFILE_NAME))) {
    console.error(`prisma/migrations/${LOCKFILE_NAME} is missing (it must say provider = "postgresql").`);
    process.exitCode = 1;
    return;
  }
  const { sql, differs } = await diffMigrationsToSchema();
  if (differs) {
    console.error("schema.prisma and prisma/migrations disagree. Applying the migrations and then this SQL");
    console.error("would match the schema; create a migration with `npm run db:migration -- <name>`:\n");
    console.error(sql.trim());
    process.exitCode = 1;
    return;
  }
  console.log(`schema and migrations agree (${migrations.length} migrations)`);
}

main().catch((error: unknown) => {
  console.error(`db:check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
