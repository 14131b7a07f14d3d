// The body of `npm start` (scripts/start.mjs installs dependencies first).
import type { ChildProcess } from "node:child_process";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo";
import { ensureBuild } from "./lib/build";
import { openDatabase, type DatabaseHandle } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/prepare-database";
import { startNext, stopProcess } from "./lib/processes";
import { localAuthSecret } from "./lib/secret";

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const pgPort = Number.parseInt(process.env.JENJANG_PG_PORT ?? "5433", 10);
const log = (line: string) => console.log(`[jenjang] ${line}`);

let database: DatabaseHandle | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log("Menghentikan aplikasi dan basis data …");
    await stopProcess(app);
    await database?.stop();
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function banner(url: string): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.name.length));
  console.log("");
  console.log(`  Jenjang berjalan di ${url}`);
  console.log(`  Akun demo (kata sandi semuanya: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.nip}  ${account.name.padEnd(width)}  ${account.roles.join(", ")}`);
  console.log("  Ctrl-C menghentikan aplikasi dan basis data.");
  console.log("");
}

async function main(): Promise<void> {
  database = await openDatabase({ dataDir: ".data/postgres", port: pgPort, database: "jenjang", log });
  log(database.embedded ? `PostgreSQL tertanam berjalan di port ${pgPort} (data: .data/postgres).` : "Memakai basis data dari DATABASE_URL.");
  const prepared = await prepareDatabase(database.url, { demo: true, log });
  log(`Migrasi baru: ${prepared.migrations.length}. ${prepared.demoCreated ? "Data demo dibuat" : "Data yang ada dipakai"} (${prepared.employees} pegawai).`);

  if (!(await ensureBuild(".next", log))) {
    log("Build gagal; lihat keluaran di atas.");
    await shutdown(1);
  }
  const url = `http://localhost:${port}`;
  app = await startNext({
    port,
    env: { DATABASE_URL: database.url, NEXTAUTH_SECRET: localAuthSecret(), NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url, NODE_ENV: "production" },
    log: (line) => console.log(line),
  });
  app.on("exit", (code) => {
    if (!stopping) {
      log(`Aplikasi berhenti (kode ${code ?? "?"}).`);
      void shutdown(code ?? 1);
    }
  });
  banner(url);
}

main().catch(async (error: unknown) => {
  console.error(`[jenjang] Gagal memulai: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
