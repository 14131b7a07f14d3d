import { Badge } from "@/components/ui/layout";
import { correctDecisionAction, declareConflictAction, decideAction, voteAction } from "@/lib/committee/actions";
import type { CandidateCommitteeState } from "@/lib/committee/queries";
import type { CandidateRef } from "@/lib/committee/types";
import { formatDateTime, t } from "@/lib/i18n";
import { PanelForms } from "./panel-forms";
import { TallyBadge } from "./tally-badge";

/**
 * Everything the committee does on one candidate, for promotion rounds and placement selections
 * alike: the tally, the members' words (names visible to the committee only), the decision and its
 * corrections, and the forms the signed-in member may use now (the server re-checks each).
 */
export function CommitteePanel({ state, candidateRef }: { state: CandidateCommitteeState; candidateRef: CandidateRef }) {
  const decisionTone = state.decision === "APPROVED" ? "brand" : state.decision === "REJECTED" ? "danger" : "neutral";
  return (
    <div className="space-y-4" data-testid={`committee-panel-${candidateRef.kind}-${candidateRef.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <TallyBadge tally={state.tally} />
        {state.myWord ? <Badge tone="info">{t("committee.panel.myWord", { word: t(`enums.committeeVoteKind.${state.myWord}`) })}</Badge> : null}
      </div>
      {!state.underReview ? <p className="text-sm text-slate-600">{t("committee.panel.notUnderReview")}</p> : null}

      <div>
        <p className="text-sm font-medium text-slate-800">{t("committee.panel.decision")}</p>
        {state.decision ? (
          <div className="mt-1 space-y-1 text-sm text-slate-700">
            <Badge tone={decisionTone}>{t(`enums.committeeDecision.${state.decision}`)}</Badge>
            {state.decisionReason ? <p>{state.decisionReason}</p> : null}
            {state.decidedAt ? <p className="text-xs text-slate-500">{t("committee.panel.decidedAt", { date: formatDateTime(state.decidedAt) })}</p> : null}
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-600">{t("committee.panel.noDecision")}</p>
        )}
      </div>

      {state.corrections.length ? (
        <div>
          <p className="text-sm font-medium text-slate-800">{t("committee.panel.corrections")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {state.corrections.map((c, index) => (
              <li key={index}>
                {t("committee.panel.correctionLine", {
                  from: c.fromDecision ? t(`enums.committeeDecision.${c.fromDecision}`) : t("common.dash"),
                  to: t(`enums.committeeDecision.${c.toDecision}`),
                  by: c.byName,
                  date: formatDateTime(c.at),
                  reason: c.reason,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">
          {t("committee.panel.votes")} ({state.votes.length})
        </summary>
        {state.votes.length ? (
          <ul className="mt-2 space-y-2 text-sm text-slate-700">
            {state.votes.map((vote) => (
              <li key={vote.memberId}>
                <span className="font-medium">{vote.memberName}</span> · {t(`enums.committeeVoteKind.${vote.kind}`)} · <span className="text-xs text-slate-500">{formatDateTime(vote.at)}</span>
                <p className="text-slate-600">{vote.reason}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t("committee.panel.noVotes")}</p>
        )}
      </details>

      {state.isChair && state.myWord === "CONFLICT" ? <p className="text-sm text-amber-800">{t("committee.panel.chairConflict")}</p> : null}
      <PanelForms
        actions={{
          vote: state.canVote ? voteAction.bind(null, candidateRef) : undefined,
          conflict: state.canConflict ? declareConflictAction.bind(null, candidateRef) : undefined,
          decide: state.canDecide ? decideAction.bind(null, candidateRef) : undefined,
          correct: state.canCorrect ? correctDecisionAction.bind(null, candidateRef) : undefined,
        }}
        version={state.version}
        current={state.decision}
      />
    </div>
  );
}
