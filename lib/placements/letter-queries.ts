import "server-only";
import { toIsoDate } from "@/lib/domain/dates";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import { renderDecisionLetter, type DecisionLetter } from "@/lib/letters/decision-letter";
import { db } from "@/lib/server/db";
import type { Download } from "@/lib/server/download";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

export type PlacementSkData = {
  candidateId: number;
  skNumber: string;
  skDate: Date;
  tmt: Date;
  decisionReason: string | null;
  score: number;
  rankOrder: number;
  candidates: number;
  employee: { nip: string; name: string; frontTitle: string | null; backTitle: string | null; rank: { code: string; name: string } | null };
  /** The post the SK appoints to, with names as the SK's history row recorded them. */
  position: { name: string; unitName: string };
  /** The post held before, from the history row preceding the placement (null if none). */
  previous: { name: string; unitName: string } | null;
  chair: { name: string; nip: string } | null;
};

/**
 * What a placement SK says, for the person themself or HR; only an approved candidate of a closed
 * selection whose SK was issued. Anyone else, and any other candidate, gets null (a 404).
 */
export async function getPlacementSkData(user: SessionUser, candidateId: number): Promise<PlacementSkData | null> {
  const hr = can(user, "placement.manage");
  if (!hr && !can(user, "career.own")) return null;
  const row = await db.placementCandidate.findFirst({
    where: { id: candidateId, decision: "APPROVED", skNumber: { not: null }, selection: { status: "CLOSED" }, ...(hr ? {} : { employeeId: user.employeeId }) },
    select: {
      id: true,
      employeeId: true,
      skNumber: true,
      skDate: true,
      decisionReason: true,
      score: true,
      rankOrder: true,
      employee: { select: { nip: true, name: true, frontTitle: true, backTitle: true, rank: { select: { code: true, name: true } } } },
      selection: { select: { tmt: true, positionId: true, chair: { select: { name: true, nip: true } }, _count: { select: { candidates: true } } } },
    },
  });
  if (!row || !row.skNumber || !row.skDate) return null;
  const placed = await db.positionHistory.findFirst({
    where: { employeeId: row.employeeId, positionId: row.selection.positionId, skNumber: row.skNumber },
    select: { id: true, tmt: true, positionName: true, unitName: true },
    orderBy: { id: "desc" },
  });
  if (!placed) return null;
  const previous = await db.positionHistory.findFirst({
    where: { employeeId: row.employeeId, OR: [{ tmt: { lt: placed.tmt } }, { tmt: placed.tmt, id: { lt: placed.id } }] },
    select: { positionName: true, unitName: true },
    orderBy: [{ tmt: "desc" }, { id: "desc" }],
  });
  return {
    candidateId: row.id,
    skNumber: row.skNumber,
    skDate: row.skDate,
    tmt: row.selection.tmt,
    decisionReason: row.decisionReason,
    score: Number(row.score),
    rankOrder: row.rankOrder,
    candidates: row.selection._count.candidates,
    employee: row.employee,
    position: { name: placed.positionName, unitName: placed.unitName },
    previous: previous ? { name: previous.positionName, unitName: previous.unitName } : null,
    chair: row.selection.chair,
  };
}

const fullName = (p: { name: string; frontTitle: string | null; backTitle: string | null }) =>
  [p.frontTitle, p.name].filter(Boolean).join(" ") + (p.backTitle ? `, ${p.backTitle}` : "");

/** The SK penempatan as a PDF (lib/letters layout), or null exactly when getPlacementSkData is. */
export async function getPlacementSk(user: SessionUser, candidateId: number): Promise<Download | null> {
  const data = await getPlacementSkData(user, candidateId);
  if (!data) return null;
  const position = `${data.position.name}, ${data.position.unitName}`;
  const letter: DecisionLetter = {
    kind: "placement",
    number: data.skNumber,
    date: data.skDate,
    about: t("placements.letter.about"),
    considering: [
      t("placements.letter.considering.a", { position }),
      t("placements.letter.considering.b", { place: data.rankOrder, total: data.candidates, score: formatNumber(data.score) }),
    ],
    firstIntro: t("placements.letter.appoint"),
    firstLines: [
      { label: t("placements.letter.name"), value: fullName(data.employee) },
      { label: t("placements.letter.nip"), value: data.employee.nip },
      { label: t("placements.letter.rank"), value: data.employee.rank ? `${data.employee.rank.name} (${data.employee.rank.code})` : t("common.dash") },
      { label: t("placements.letter.from"), value: data.previous ? `${data.previous.name}, ${data.previous.unitName}` : t("common.dash") },
      { label: t("placements.letter.to"), value: position },
      { label: t("placements.letter.tmt"), value: formatDate(data.tmt) },
    ],
    second: t("placements.letter.second"),
    signedDate: formatDate(data.skDate),
  };
  return { data: await renderDecisionLetter(letter), mimeType: "application/pdf", filename: `SK-Jabatan-${data.employee.nip}-${toIsoDate(data.tmt)}.pdf` };
}
