import "server-only";
import type { Tx } from "@/lib/server/db";

// Training.seatsTaken counts PENDING and APPROVED registrations. Every change goes through these two
// statements inside the transaction that changes the registration, so the count never drifts.

/**
 * Takes one seat with a single conditional UPDATE: PostgreSQL locks the row, and a second
 * registration for the last seat re-checks `seats_taken < quota` after the first commits, finds it
 * false and gets no row back. Published and deadline are re-checked in the same statement, so an HR
 * change committed a moment earlier cannot be slipped past either. Null = no seat.
 */
export async function takeSeat(tx: Tx, trainingId: number, today: Date): Promise<{ seatsTaken: number; quota: number } | null> {
  const rows = await tx.$queryRaw<{ seatsTaken: number; quota: number }[]>`
    UPDATE trainings SET seats_taken = seats_taken + 1
    WHERE id = ${trainingId} AND seats_taken < quota AND published AND registration_deadline >= ${today}::date
    RETURNING seats_taken AS "seatsTaken", quota`;
  return rows[0] ?? null;
}

/** Gives seats back (a cancel, a decline, attendance recorded); never below zero. */
export async function releaseSeats(tx: Tx, trainingId: number, count = 1): Promise<void> {
  await tx.$executeRaw`UPDATE trainings SET seats_taken = GREATEST(seats_taken - ${count}::int, 0) WHERE id = ${trainingId}`;
}
