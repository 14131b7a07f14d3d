import { ConditionList } from "@/components/promotions/condition-list";
import { TallyBadge } from "@/components/committee/tally-badge";
import { Badge, Card } from "@/components/ui/layout";
import { buttonStyles } from "@/components/ui/styles";
import { listOwnRounds } from "@/lib/career/round-queries";
import type { EducationLevel } from "@/lib/domain/education";
import { rankById } from "@/lib/domain/ranks";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { readConditions } from "@/lib/promotions/conditions";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

const code = (id: number | null) => (id === null ? t("common.dash") : (rankById(id)?.code ?? t("common.dash")));

/**
 * Transparency of KP rounds on the career page: every round the person was screened in, each
 * condition's result, whether they were proposed, the committee's decision with its reason, the
 * counts and reasons of the members' words (never who), corrections, and the SK when approved.
 * Reads its own data under the signed-in user's scope, so it mounts with the person's id only.
 */
export async function PromotionRounds({ employeeId, educationLevel }: { employeeId: number; educationLevel: EducationLevel }) {
  const user = await requireUser();
  const rounds = await listOwnRounds(user, employeeId);
  const self = user.employeeId === employeeId;
  // The SK route serves the person and HR only; a supervisor reads the result without the letter.
  const canDownload = self || can(user, "promotion.manage");
  return (
    <Card title={self ? t("promotions.career.title") : t("promotions.career.titleOther")}>
      {rounds.length === 0 ? (
        <p className="text-sm text-slate-600">{t("promotions.career.empty")}</p>
      ) : (
        <ol className="space-y-5" data-testid="promotion-rounds">
          {rounds.map((round) => (
            <li key={round.candidateId} className="space-y-2 border-b border-slate-100 pb-4 last:border-0 last:pb-0" data-testid={`promotion-round-${round.candidateId}`}>
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-sm font-semibold text-slate-900">{t("promotions.career.period", { date: formatDate(round.periodTmt) })}</h3>
                <Badge tone={round.eligible ? "brand" : "warning"}>{round.eligible ? t("promotions.candidates.eligible") : t("promotions.candidates.notEligible")}</Badge>
                <Badge tone={round.proposed ? "info" : "neutral"}>{round.proposed ? t("promotions.career.proposed") : t("promotions.career.notProposed")}</Badge>
                <span className="text-xs text-slate-600">
                  {t(`enums.promotionRoute.${round.route as "REGULER"}`)} · {t("promotions.career.rankChange", { from: code(round.fromRankId), to: code(round.toRankId) })}
                </span>
              </div>
              <p className="text-xs font-medium text-slate-700">{t("promotions.career.conditions")}</p>
              <ConditionList conditions={readConditions(round.conditions)} asOf={round.periodTmt} educationLevel={educationLevel} />
              {round.justification ? <p className="text-sm text-slate-700">{t("promotions.candidates.justification", { text: round.justification })}</p> : null}
              {round.status === "IN_REVIEW" ? (
                <p className="text-sm text-slate-600">{t("promotions.career.inReview")}</p>
              ) : (
                <div className="space-y-2 rounded-md border border-slate-200 p-3">
                  <p className="text-sm font-medium text-slate-800">{t("promotions.career.decision")}</p>
                  {round.decision ? (
                    <div className="space-y-1 text-sm text-slate-700" data-testid="round-decision">
                      <Badge tone={round.decision === "APPROVED" ? "brand" : "danger"}>{t(`enums.committeeDecision.${round.decision}`)}</Badge>
                      {round.decisionReason ? <p>{t("promotions.career.reason", { reason: round.decisionReason })}</p> : null}
                    </div>
                  ) : (
                    <p className="text-sm text-slate-600">{t("promotions.career.noDecision")}</p>
                  )}
                  {round.tally && round.proposed ? (
                    <div className="space-y-1">
                      <p className="text-xs text-slate-600">{t("promotions.career.votes")}</p>
                      <TallyBadge tally={round.tally} />
                      {round.reasons.length ? (
                        <ul className="list-disc pl-5 text-xs text-slate-700" aria-label={t("promotions.career.voteReasons")}>
                          {round.reasons.map((vote, index) => (
                            <li key={index}>
                              {t(`enums.committeeVoteKind.${vote.kind}`)}: {vote.reason}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  ) : null}
                  {round.corrections.length ? (
                    <div>
                      <p className="text-xs font-medium text-slate-700">{t("promotions.career.corrections")}</p>
                      <ul className="list-disc pl-5 text-xs text-slate-700">
                        {round.corrections.map((c, index) => (
                          <li key={index}>
                            {t("promotions.career.correctionLine", {
                              date: formatDateTime(c.at),
                              from: c.fromDecision ? t(`enums.committeeDecision.${c.fromDecision as "APPROVED"}`) : t("common.dash"),
                              to: t(`enums.committeeDecision.${c.toDecision as "APPROVED"}`),
                              reason: c.reason,
                            })}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {round.skNumber && canDownload ? (
                    <a href={`/api/promotions/sk/${round.candidateId}`} className={buttonStyles.secondary} download>
                      {t("promotions.sk.download")} · {round.skNumber}
                    </a>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
