import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX }) });
}

// One client per process; in development the module is re-evaluated on every edit, so the client is
// kept on globalThis instead of opening a new pool each time.
const holder = globalThis as unknown as { jenjangDb?: PrismaClient };

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    holder.jenjangDb ??= createClient();
    const value = Reflect.get(holder.jenjangDb, property);
    return typeof value === "function" ? value.bind(holder.jenjangDb) : value;
  },
});
