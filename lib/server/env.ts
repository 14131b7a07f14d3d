import "server-only";
import { z } from "zod";

// Read once at first use, so a missing setting fails loudly on the first request instead of deep
// inside a query. scripts/start.mjs and scripts/test.mjs always provide both.
const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL belum diatur"),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  // Encrypts the session JWT (next-auth reads the same variable).
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET belum diatur (minimal 16 karakter)"),
});

let cached: z.infer<typeof ZEnv> | undefined;

export function env(): z.infer<typeof ZEnv> {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
