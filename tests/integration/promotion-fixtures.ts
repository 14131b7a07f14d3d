// Shared by the promotion and committee integration files: a round on a period of its own (a random
// far-future month, so files and reruns on one database never share the unique period) and PNS whose
// KP conditions are set relative to that period.
import { createEmployee, createUnit } from "../../prisma/seed/factories";
import { dateOnly } from "../../lib/domain/dates";
import type { Predikat } from "../../lib/generated/prisma/enums";
import { openRound } from "../../lib/promotions/round-mutations";
import type { SessionUser } from "../../lib/server/session";
import { asSessionUser, RUN, seed } from "./support/context";

export function randomPeriod(): Date {
  return dateOnly(2100 + Math.floor(Math.random() * 800), 1 + Math.floor(Math.random() * 12), 1);
}

export type Person = { id: number; nip: string; user: SessionUser };

/** A PELAKSANA III/a with an S1 (cap III/d), in rank since `yearsBefore` years before the period, with predikats for the two years before it. */
export async function pns(period: Date, unitId: number, options: { yearsBefore?: number; predikats?: [Predikat | null, Predikat | null] } = {}): Promise<Person> {
  const row = await createEmployee(seed, { unitId, type: "PELAKSANA", rankCode: "III/a", educationLevel: "S1" });
  const year = period.getUTCFullYear();
  await seed.employee.update({ where: { id: row.id }, data: { rankTmt: dateOnly(year - (options.yearsBefore ?? 5), 1, 1) } });
  const [earlier, later] = options.predikats ?? ["BAIK", "SANGAT_BAIK"];
  if (earlier) await seed.annualPerformance.create({ data: { employeeId: row.id, year: year - 2, predikat: earlier, unitId } });
  if (later) await seed.annualPerformance.create({ data: { employeeId: row.id, year: year - 1, predikat: later, unitId } });
  return { id: row.id, nip: row.nip, user: asSessionUser(row, ["PEGAWAI"]) };
}

export async function newUnit(label: string): Promise<number> {
  return (await createUnit(seed, { name: `${label} ${RUN}` })).id;
}

export async function openFreshRound(hr: SessionUser): Promise<{ id: number; period: Date }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const period = randomPeriod();
    if (await seed.promotionRound.findUnique({ where: { periodTmt: period }, select: { id: true } })) continue;
    return { id: await openRound(hr, { periodTmt: period }), period };
  }
  throw new Error("no free period");
}

/** Screens, sends to `chair`, lets `chair` decide every proposed candidate (approving `approve`), and closes. */
export async function runRound(hr: SessionUser, chair: SessionUser, round: { id: number }, approve: number[], before?: () => Promise<void>): Promise<void> {
  const { screenRound } = await import("../../lib/promotions/screen-mutations");
  const { sendRound } = await import("../../lib/promotions/round-mutations");
  const { decideCandidate, closeCase } = await import("../../lib/committee/decision-mutations");
  const version = async () => (await seed.promotionRound.findUniqueOrThrow({ where: { id: round.id } })).version;
  await screenRound(hr, round.id, { version: await version() });
  await sendRound(hr, round.id, { chairId: chair.employeeId, version: await version() });
  if (before) await before();
  const proposed = await seed.promotionCandidate.findMany({ where: { roundId: round.id, proposed: true }, select: { id: true, employeeId: true, version: true } });
  for (const row of proposed) {
    const decision = approve.includes(row.employeeId) ? "APPROVED" : "REJECTED";
    await decideCandidate(chair, { kind: "promotion", id: row.id }, { decision, reason: decision === "APPROVED" ? "Memenuhi seluruh syarat dan kinerja sangat baik." : "Belum memenuhi pertimbangan Tim Penilai.", version: row.version });
  }
  await closeCase(chair, { kind: "promotion", id: round.id });
}
