import path from "node:path";

// The demo accounts from prisma/seed (README lists them); e2e runs against the seeded demo database.
export const PASSWORD = "Jenjang#2026";

export const ACCOUNTS = {
  admin: "197803152005011002",
  chair: "197001012000031001",
  supervisor: "198205102008012003",
  staff: "199107212019031004",
  otherStaff: "199304122020122005",
} as const;

export type Persona = keyof typeof ACCOUNTS;

export function storageStateFor(persona: Persona): string {
  return path.join(process.cwd(), "reports/.auth", `${persona}.json`);
}
