import { defineConfig } from "prisma/config";

// The CLI is used here only for `prisma generate`; migrations run through scripts/db (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
