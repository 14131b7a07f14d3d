// Prisma client for scripts and tests that run outside Next (tsx, vitest): lib/server/db.ts imports
// "server-only" and reads the app's env, so seed code builds its own client from a URL.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an interactive transaction: every seed helper accepts both. */
export type SeedDb = PrismaClient | SeedTx;

export function createSeedClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}

/** True when the module at `moduleUrl` is the script node/tsx was started with (not an import). */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
