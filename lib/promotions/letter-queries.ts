import "server-only";
import { toIsoDate } from "@/lib/domain/dates";
import { rankById, rankLabel } from "@/lib/domain/ranks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate, t } from "@/lib/i18n";
import { renderDecisionLetter, type DecisionLetter } from "@/lib/letters/decision-letter";
import { db } from "@/lib/server/db";
import type { Download } from "@/lib/server/download";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

/** Who may download a promotion SK: HR any, a person their own. Null: no scope at all. */
function skScope(user: SessionUser): Prisma.PromotionCandidateWhereInput | null {
  if (can(user, "promotion.manage")) return {};
  if (can(user, "career.own")) return { employeeId: user.employeeId };
  return null;
}

const fullName = (p: { name: string; frontTitle: string | null; backTitle: string | null }) =>
  [p.frontTitle, p.name].filter(Boolean).join(" ") + (p.backTitle ? `, ${p.backTitle}` : "");

const rank = (id: number | null) => {
  const found = id === null ? null : rankById(id);
  return found ? rankLabel(found) : t("common.dash");
};

/**
 * The SK kenaikan pangkat of an approved candidate of a closed round, as a PDF: anything else (not
 * approved, round open, someone else's) is not found.
 */
export async function getPromotionSk(user: SessionUser, candidateId: number): Promise<Download | null> {
  const scope = skScope(user);
  if (!scope) return null;
  const row = await db.promotionCandidate.findFirst({
    where: { AND: [scope, { id: candidateId, decision: "APPROVED", skNumber: { not: null }, round: { status: "CLOSED" } }] },
    select: {
      route: true,
      fromRankId: true,
      toRankId: true,
      skNumber: true,
      skDate: true,
      round: { select: { periodTmt: true } },
      employee: { select: { nip: true, name: true, frontTitle: true, backTitle: true, unit: { select: { name: true } }, position: { select: { name: true } } } },
    },
  });
  if (!row || !row.skNumber || !row.skDate) return null;
  const period = formatDate(row.round.periodTmt);
  const letter: DecisionLetter = {
    kind: "promotion",
    number: row.skNumber,
    date: row.skDate,
    about: t("promotions.letter.about"),
    considering: [t("promotions.letter.considering.a"), t("promotions.letter.considering.b", { period })],
    firstIntro: t("promotions.letter.grant"),
    firstLines: [
      { label: t("promotions.letter.name"), value: fullName(row.employee) },
      { label: t("promotions.letter.nip"), value: row.employee.nip },
      { label: t("promotions.letter.unit"), value: `${row.employee.position.name}, ${row.employee.unit.name}` },
      { label: t("promotions.letter.fromRank"), value: rank(row.fromRankId) },
      { label: t("promotions.letter.toRank"), value: rank(row.toRankId) },
      { label: t("promotions.letter.route"), value: t(`enums.promotionRoute.${row.route}`) },
      { label: t("promotions.letter.tmt"), value: period },
    ],
    second: t("promotions.letter.second"),
    signedDate: formatDate(row.skDate),
  };
  return { data: await renderDecisionLetter(letter), mimeType: "application/pdf", filename: `SK-KP-${row.employee.nip}-${toIsoDate(row.round.periodTmt)}.pdf` };
}
