// `npm run db:migration -- <name>`: writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql
// with the SQL that takes the current migrations to prisma/schema.prisma (Prisma's folder format).
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATIONS_DIR, ROOT, diffMigrationsToSchema } from "./schema-engine";

/** Prisma's timestamp prefix: UTC, YYYYMMDDHHMMSS. */
function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

// The Wasm engine gives no data-loss warnings (createMigration / evaluateDataLoss are not usable
// without a live database), so look for the statements that can lose data ourselves.
const DESTRUCTIVE: { pattern: RegExp; what: string }[] = [
  { pattern: /^\s*DROP TABLE\b.*$/gim, what: "drops a table and its rows" },
  { pattern: /^.*\bDROP COLUMN\b.*$/gim, what: "drops a column and its data" },
  // Prisma's enum replacement also retypes columns to "<Enum>_new"; that is reported once, below.
  { pattern: /^.*\bALTER COLUMN\b.*\bTYPE\b(?!\s+"\w+_new").*$/gim, what: "changes a column type (the cast may fail or truncate)" },
  { pattern: /^.*\bSET NOT NULL\b.*$/gim, what: "makes a column required (fails if rows hold NULL)" },
  { pattern: /^.*\bADD COLUMN\b(?!.*\bDEFAULT\b).*\bNOT NULL\b.*$/gim, what: "adds a required column without default (fails on a non-empty table)" },
  { pattern: /^\s*ALTER TYPE\b.*\bRENAME TO\s+"\w+_old".*$/gim, what: "removes enum values (fails if rows still use them)" },
  { pattern: /^\s*DROP TYPE\b(?!.*_old").*$/gim, what: "drops an enum type" },
];

function destructiveWarnings(sql: string): string[] {
  const warnings: string[] = [];
  for (const { pattern, what } of DESTRUCTIVE) {
    for (const match of sql.matchAll(pattern)) warnings.push(`WARNING: ${what}: ${match[0].trim()}`);
  }
  return warnings;
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? "";
  if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(name) || process.argv.length > 3) {
    console.error("Usage: npm run db:migration -- <name>   (one snake_case name, e.g. add_employee_npwp)");
    process.exitCode = 1;
    return;
  }
  const { sql, differs } = await diffMigrationsToSchema();
  if (!differs || sql.trim() === "") {
    console.log("no changes: prisma/schema.prisma already matches prisma/migrations; nothing created.");
    return;
  }

  await mkdir(MIGRATIONS_DIR, { recursive: true });
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE_NAME);
  if (!existsSync(lockPath)) await writeFile(lockPath, LOCKFILE_CONTENT);
  const folder = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  if (existsSync(folder)) throw new Error(`${path.relative(ROOT, folder)} already exists; wait a second and retry.`);
  await mkdir(folder);
  const file = path.join(folder, "migration.sql");
  await writeFile(file, sql);

  console.log(`created ${path.relative(ROOT, file)}`);
  for (const warning of destructiveWarnings(sql)) console.log(warning);
  console.log("Review the SQL, then apply it with `npm run db:migrate`.");
}

main().catch((error: unknown) => {
  console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
