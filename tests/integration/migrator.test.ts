// The migrator against a real PostgreSQL: each test works in its own scratch database and a temporary
// migrations folder, so it never touches the suite's shared database.
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { recreateDatabase } from "../../scripts/lib/embedded-postgres";
import { DEFAULT_MIGRATIONS_DIR, applyMigrations, hasOwnTransaction, listMigrationDirs } from "../../scripts/db/migrator";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for integration tests");

const scratchNames = new Set<string>();
let migrationsDir = "";

async function scratchDb(suffix: string): Promise<string> {
  const name = `jenjang_migrator_test_${suffix}`;
  scratchNames.add(name);
  return recreateDatabase(serverUrl!, name);
}

async function writeMigration(name: string, sql: string): Promise<void> {
  await mkdir(path.join(migrationsDir, name), { recursive: true });
  await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type Row = {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};
const history = (url: string) => query<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at`);

beforeEach(async () => {
  migrationsDir = await mkdtemp(path.join(tmpdir(), "jenjang-migrations-"));
});

afterEach(async () => {
  await rm(migrationsDir, { recursive: true, force: true });
});

afterAll(async () => {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  for (const name of scratchNames) await query(url.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("applyMigrations", () => {
  it("applies in folder-name order and records each migration as Prisma does", async () => {
    const url = await scratchDb("order");
    // Written second-first: only the name decides the order (b depends on a's table).
    await writeMigration("20260102000000_b", `ALTER TABLE "thing" ADD COLUMN "label" TEXT;`);
    await writeMigration("20260101000000_a", `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`);

    const first = await applyMigrations(url, { migrationsDir });
    expect(first.applied).toEqual(["20260101000000_a", "20260102000000_b"]);

    const rows = await history(url);
    expect(rows.map((row) => row.migration_name)).toEqual(first.applied);
    for (const row of rows) {
      const bytes = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }

    // The history table has Prisma's exact column types.
    const columns = await query<{ column_name: string; data_type: string; len: number | null; is_nullable: string }>(
      url,
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable FROM information_schema.columns
       WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}${c.len ? `(${c.len})` : ""} ${c.is_nullable}`)).toEqual([
      "id character varying(36) NO",
      "checksum character varying(64) NO",
      "finished_at timestamp with time zone YES",
      "migration_name character varying(255) NO",
      "logs text YES",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO",
      "applied_steps_count integer NO",
    ]);

    expect((await applyMigrations(url, { migrationsDir })).applied).toEqual([]);
    expect(await history(url)).toHaveLength(2);
  });

  it("refuses an applied migration whose file changed, or that is gone from disk", async () => {
    const url = await scratchDb("checksum");
    await writeMigration("20260101000000_a", `CREATE TABLE "thing" ("id" INT);`);
    await applyMigrations(url, { migrationsDir });

    await writeMigration("20260101000000_a", `CREATE TABLE "thing" ("id" BIGINT);`);
    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/20260101000000_a.*checksum differs/);

    await rm(path.join(migrationsDir, "20260101000000_a"), { recursive: true });
    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/20260101000000_a.*missing from the migrations folder/);
  });

  it("records a failed migration, rolls its changes back, and refuses the next run", async () => {
    const url = await scratchDb("failed");
    await writeMigration("20260101000000_ok", `CREATE TABLE "good" ("id" INT);`);
    await writeMigration("20260102000000_bad", `CREATE TABLE "half" ("id" INT);\nSELECT * FROM "no_such_table";`);
    await writeMigration("20260103000000_later", `CREATE TABLE "later" ("id" INT);`);

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/20260102000000_bad failed/);
    const rows = await history(url);
    expect(rows.map((row) => row.migration_name)).toEqual(["20260101000000_ok", "20260102000000_bad"]);
    const failed = rows[1]!;
    expect(failed.finished_at).toBeNull();
    expect(failed.rolled_back_at).toBeNull();
    expect(failed.applied_steps_count).toBe(0);
    expect(failed.logs).toContain("no_such_table");
    const tables = await query<{ half: string | null; later: string | null }>(
      url,
      `SELECT to_regclass('public.half')::text AS half, to_regclass('public.later')::text AS later`,
    );
    expect(tables).toEqual([{ half: null, later: null }]);

    // Even with the file fixed, a failed row needs a human decision first.
    await writeMigration("20260102000000_bad", `CREATE TABLE "half" ("id" INT);`);
    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/20260102000000_bad failed or was interrupted/);
  });

  it("runs a migration that carries its own BEGIN/COMMIT (Prisma's enum change) as written", async () => {
    const url = await scratchDb("own_tx");
    await writeMigration(
      "20260101000000_mood",
      `CREATE TYPE "Mood" AS ENUM ('HAPPY', 'SAD', 'MEH');\nCREATE TABLE "person" ("mood" "Mood" NOT NULL);\nINSERT INTO "person" VALUES ('SAD');`,
    );
    const enumChange = `-- AlterEnum
BEGIN;
CREATE TYPE "Mood_new" AS ENUM ('HAPPY', 'SAD');
ALTER TABLE "person" ALTER COLUMN "mood" TYPE "Mood_new" USING ("mood"::text::"Mood_new");
ALTER TYPE "Mood" RENAME TO "Mood_old";
ALTER TYPE "Mood_new" RENAME TO "Mood";
DROP TYPE "public"."Mood_old";
COMMIT;
`;
    expect(hasOwnTransaction(enumChange)).toBe(true);
    expect(hasOwnTransaction(`CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;`)).toBe(false);
    await writeMigration("20260102000000_drop_meh", enumChange);

    expect((await applyMigrations(url, { migrationsDir })).applied).toHaveLength(2);
    const labels = await query<{ labels: string[] }>(
      url,
      `SELECT array_agg(enumlabel::text ORDER BY enumsortorder) AS labels FROM pg_enum WHERE enumtypid = '"Mood"'::regtype`,
    );
    expect(labels[0]!.labels).toEqual(["HAPPY", "SAD"]);
    expect((await history(url)).every((row) => row.finished_at && row.applied_steps_count === 1)).toBe(true);
  });

  it("lets only one of two concurrent runs apply (advisory lock)", async () => {
    const url = await scratchDb("concurrent");
    await writeMigration("20260101000000_slow", `SELECT pg_sleep(0.5);\nCREATE TABLE "once" ("id" INT);`);
    const [a, b] = await Promise.all([applyMigrations(url, { migrationsDir }), applyMigrations(url, { migrationsDir })]);
    expect([...a.applied, ...b.applied]).toEqual(["20260101000000_slow"]);
    expect(await history(url)).toHaveLength(1);
  });

  it("applies the project's real migrations to an empty database", async () => {
    const url = await scratchDb("real");
    const { applied } = await applyMigrations(url);
    expect(applied).toEqual(await listMigrationDirs(DEFAULT_MIGRATIONS_DIR));
    expect(applied[0]).toMatch(/^\d{14}_init$/);
    const found = await query<{ employees: string | null; trgm: string | null; idx: string | null }>(
      url,
      `SELECT to_regclass('public.employees')::text AS employees,
              (SELECT extname FROM pg_extension WHERE extname = 'pg_trgm') AS trgm,
              to_regclass('public.employees_search_name_trgm_idx')::text AS idx`,
    );
    expect(found).toEqual([{ employees: "employees", trgm: "pg_trgm", idx: "employees_search_name_trgm_idx" }]);
  });
});
