// Applies prisma/migrations/*/migration.sql in folder-name order and records each one in
// `_prisma_migrations` exactly as `prisma migrate deploy` does, so that Prisma's own CLI (on a
// machine where it works) sees the same history. Plain `pg`, no Prisma client: this runs before the
// client's tables exist and at app start.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const DEFAULT_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/**
 * The key Prisma's schema engine itself uses for `pg_advisory_lock` while migrating, so this
 * migrator also excludes a concurrent `prisma migrate deploy`, not only another copy of itself.
 */
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's DDL for the history table, column for column.
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type ApplyOptions = { log?: (line: string) => void; migrationsDir?: string };

type HistoryRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Migration folders (each holding a migration.sql) in name order, which is creation order. */
export async function listMigrationDirs(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Prisma's checksum: sha256 (hex) of the migration file's bytes. */
export function migrationChecksum(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * True when the script manages its own transaction, as Prisma's enum-change SQL does
 * (`BEGIN;` … `COMMIT;`). Only a BEGIN / START TRANSACTION statement at the start of a line and
 * ended by `;` counts, so a PL/pgSQL body's `BEGIN` (no semicolon) does not.
 */
export function hasOwnTransaction(sql: string): boolean {
  return /^\s*(BEGIN|START\s+TRANSACTION)\b[^;\n]*;/im.test(sql);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const pgError = error as Error & { code?: string; detail?: string; where?: string; position?: string };
  const parts = [pgError.message];
  if (pgError.code) parts.push(`Code: ${pgError.code}`);
  if (pgError.detail) parts.push(`Detail: ${pgError.detail}`);
  if (pgError.position) parts.push(`Position: ${pgError.position}`);
  if (pgError.where) parts.push(`Where: ${pgError.where}`);
  return parts.join("\n");
}

/** Refuses a history that `prisma migrate deploy` would not continue from (or that hides drift). */
function checkHistory(rows: HistoryRow[], onDisk: Map<string, string>): void {
  for (const row of rows) {
    if (row.rolled_back_at) continue; // resolved as rolled back: audit trail only, like Prisma
    if (!row.finished_at) {
      throw new Error(
        `Migration ${row.migration_name} failed or was interrupted in an earlier run (finished_at is null). ` +
          "Fix the database by hand, then mark the row rolled back (rolled_back_at = now()) or finished; nothing was applied.",
      );
    }
    const checksum = onDisk.get(row.migration_name);
    if (checksum === undefined) {
      throw new Error(`Migration ${row.migration_name} is applied in the database but missing from the migrations folder.`);
    }
    if (checksum !== row.checksum) {
      throw new Error(
        `Migration ${row.migration_name} was changed after it was applied (checksum differs). ` +
          "Never edit an applied migration: restore the file and add a new migration instead.",
      );
    }
  }
}

async function applyOne(client: pg.Client, name: string, sql: string, checksum: string): Promise<void> {
  const id = randomUUID();
  // Recorded before running, outside the migration's transaction, so a failure leaves a visible row.
  await client.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count")
     VALUES ($1, $2, $3, now(), 0)`,
    [id, checksum, name],
  );
  const finish = `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`;
  const ownTransaction = hasOwnTransaction(sql);
  try {
    if (ownTransaction) {
      // Run as written, one multi-statement simple query (no parameters), as Prisma does.
      await client.query(sql);
      await client.query(finish, [id]);
    } else {
      // Wrapped so a failure leaves nothing half-applied; the success mark commits with the change.
      await client.query("BEGIN");
      await client.query(sql);
      await client.query(finish, [id]);
      await client.query("COMMIT");
    }
  } catch (error) {
    // Ends our wrapper or the script's own aborted BEGIN block; a no-op warning when none is open.
    await client.query("ROLLBACK");
    await client.query(`UPDATE "_prisma_migrations" SET "logs" = $2 WHERE "id" = $1`, [id, describeError(error)]);
    throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export async function applyMigrations(connectionString: string, opts: ApplyOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const migrationsDir = opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;

  const files = new Map<string, { sql: string; checksum: string }>();
  for (const name of await listMigrationDirs(migrationsDir)) {
    const bytes = await readFile(path.join(migrationsDir, name, "migration.sql"));
    files.set(name, { sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) });
  }

  const client = new pg.Client({ connectionString });
  // Notices such as "there is no transaction in progress" are expected; keep them off the console.
  client.on("notice", () => {});
  await client.connect();
  try {
    // Session lock: a second process waits here until the first has finished, then finds nothing to do.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_HISTORY_TABLE);
    const { rows } = await client.query<HistoryRow>(
      `SELECT "id", "checksum", "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at"`,
    );
    checkHistory(rows, new Map([...files].map(([name, file]) => [name, file.checksum])));

    const done = new Set(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
    const applied: string[] = [];
    for (const [name, file] of files) {
      if (done.has(name)) continue;
      const started = Date.now();
      await applyOne(client, name, file.sql, file.checksum);
      applied.push(name);
      log(`applied ${name} (${Date.now() - started} ms)`);
    }
    return { applied };
  } finally {
    // Closing the session also releases the advisory lock; unlock explicitly anyway when possible.
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
