import "server-only";
import { minutesToJp } from "@/lib/domain/career/development";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { mayClose, mayDeleteSession, mayLogSession } from "./pair-rules";
import { pairReadScope, viewerOf } from "./scope";

const personSelect = { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } }, unit: { select: { name: true } } } satisfies Prisma.EmployeeSelect;

const pairSelect = {
  id: true,
  status: true,
  goals: true,
  startDate: true,
  endDate: true,
  outcome: true,
  closedAt: true,
  openedById: true,
  version: true,
  createdAt: true,
  mentorId: true,
  menteeId: true,
  mentor: { select: personSelect },
  mentee: { select: personSelect },
  sessions: { select: { id: true, date: true, topic: true, notes: true, minutes: true, loggedById: true }, orderBy: [{ date: "desc" as const }, { id: "desc" as const }] },
} satisfies Prisma.MentoringPairSelect;

type PairRow = Prisma.MentoringPairGetPayload<{ select: typeof pairSelect }>;
export type PairPerson = PairRow["mentor"];

export type PairSession = PairRow["sessions"][number] & { jp: number; loggedBy: "MENTOR" | "MENTEE" | "OTHER"; canDelete: boolean };

export type PairDetail = Omit<PairRow, "sessions"> & {
  openedBy: { name: string } | null;
  sessions: PairSession[];
  totals: { minutes: number; jp: number };
  can: { log: boolean; close: boolean };
};

/**
 * One pair with its sessions (newest first; a year of weekly sessions is ~50 rows, through the
 * (pair_id, date) index) and what the viewer may do with it. Null outside the read scope.
 */
export async function getPair(user: SessionUser, pairId: number): Promise<PairDetail | null> {
  const row = await db.mentoringPair.findFirst({ where: { AND: [{ id: pairId }, pairReadScope(user)] }, select: pairSelect });
  if (!row) return null;
  const opener = await db.employee.findUnique({ where: { id: row.openedById }, select: { name: true } });
  const viewer = viewerOf(user);
  const sessions = row.sessions.map((session) => ({
    ...session,
    // Per session, as the JP ledger holds it, so the total here equals the mentee's ledger.
    jp: minutesToJp(session.minutes),
    loggedBy: session.loggedById === row.mentorId ? ("MENTOR" as const) : session.loggedById === row.menteeId ? ("MENTEE" as const) : ("OTHER" as const),
    canDelete: mayDeleteSession(row, session, viewer),
  }));
  const minutes = sessions.reduce((sum, session) => sum + session.minutes, 0);
  const jp = Math.round(sessions.reduce((sum, session) => sum + session.jp, 0) * 100) / 100;
  return { ...row, openedBy: opener, sessions, totals: { minutes, jp }, can: { log: mayLogSession(row, viewer), close: mayClose(row, viewer) } };
}
