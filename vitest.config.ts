import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: pure rules (fast, no I/O) and integration against a real PostgreSQL that
// scripts/test.ts starts and migrates before vitest runs (DATABASE_URL points at it).
export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}tests/support/server-only.ts` } },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // lib/server/env.ts requires it; nothing in these tests signs a real session.
          env: { NEXTAUTH_SECRET: "integration-tests-only-0123456789" },
          // One database: files run one after another so their data never interleaves.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
