// Shared by the scripts that time the app's own code at scale (screen-eligibility.ts,
// screen-round.ts, bench-cases.ts): the database and secret they run with, the users they act as
// (real accounts, as a signed-in request would carry them) and the KP rounds they work on. Run under
// `tsx --conditions=react-server`, so the server-only modules load.
import type { Role } from "../../lib/generated/prisma/enums";
import type { SessionUser } from "../../lib/server/session";
import { embeddedUrl } from "./embedded-postgres";

/**
 * DATABASE_URL, or the database `npm start` serves (embedded, port JENJANG_PG_PORT or 5433), which
 * must be running: these scripts never start or stop a server. lib/server/env.ts asks for a session
 * secret; nothing here signs or reads a session.
 */
export function setBenchEnv(): void {
  process.env.DATABASE_URL ??= embeddedUrl(Number.parseInt(process.env.JENJANG_PG_PORT ?? "5433", 10), "jenjang");
  process.env.NEXTAUTH_SECRET ??= "bench-scripts-have-no-sessions";
}

/** The account of `nip` when it holds `role`, else the first active account that does. */
export async function actAs(role: Role, nip?: string): Promise<SessionUser> {
  const { db } = await import("../../lib/server/db");
  const select = { id: true, roles: true, employee: { select: { id: true, nip: true, name: true } } } as const;
  const where = { active: true, roles: { has: role } };
  const user =
    (nip ? await db.user.findFirst({ where: { ...where, employee: { nip } }, select }) : null) ??
    (await db.user.findFirst({ where, select, orderBy: { id: "asc" } }));
  if (!user) throw new Error(`no active account holds ${role}`);
  return { userId: user.id, employeeId: user.employee.id, nip: user.employee.nip, name: user.employee.name, roles: user.roles };
}

/**
 * A round in `status` whose period lies after today, the earliest; else a new one opened by `hr` on
 * the first KP period after today that has no round (a bench never takes a period in use).
 * `opened` says which.
 */
export async function benchRound(hr: SessionUser, status: "DRAFT" | "IN_REVIEW"): Promise<{ id: number; periodTmt: Date; opened: boolean }> {
  const { today } = await import("../../lib/clock");
  const { kpPeriodAfter } = await import("../../lib/domain/career/kp-schedule");
  const { openRound } = await import("../../lib/promotions/round-mutations");
  const { db } = await import("../../lib/server/db");
  const after = today();
  const found = await db.promotionRound.findFirst({ where: { status, periodTmt: { gt: after } }, orderBy: { periodTmt: "asc" }, select: { id: true, periodTmt: true } });
  if (found) return { ...found, opened: false };
  let periodTmt = kpPeriodAfter(after);
  while (await db.promotionRound.findUnique({ where: { periodTmt }, select: { id: true } })) periodTmt = kpPeriodAfter(periodTmt);
  return { id: await openRound(hr, { periodTmt }), periodTmt, opened: true };
}

/** The round's current version, as the page would carry it into a step. */
export async function roundVersion(roundId: number): Promise<number> {
  const { db } = await import("../../lib/server/db");
  return (await db.promotionRound.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } })).version;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
