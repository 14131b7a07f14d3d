import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { CORE_VALUE_LABELS } from "@/lib/domain/appraisal/core-values";
import { RATINGS } from "@/lib/domain/predikat";
import type { RequestState, ValueAggregate } from "@/lib/evaluations/feedback-queries";
import { formatDate, formatNumber, t } from "@/lib/i18n";

type Request = { id: number; name: string; nip: string; deadline: Date; state: RequestState };

const STATE_TONES = { ANSWERED: "brand", PENDING: "neutral", OVERDUE: "warning" } as const;

export function RequestStateBadge({ state }: { state: RequestState }) {
  return <Badge tone={STATE_TONES[state]}>{t(`evaluations.feedback.states.${state}`)}</Badge>;
}

/** Who was asked and whether they answered; never what any one of them said. */
export function FeedbackRequests({ requests }: { requests: Request[] }) {
  if (requests.length === 0) return <p className="text-sm text-slate-600">{t("evaluations.feedback.noRequests")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
      {requests.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
          <span>
            <span className="font-medium text-slate-900">{r.name}</span> <span className="font-mono text-xs text-slate-500">{r.nip}</span>
          </span>
          <span className="flex items-center gap-2 text-xs text-slate-600">
            {t("evaluations.feedback.deadline", { date: formatDate(r.deadline) })}
            <RequestStateBadge state={r.state} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Per core value: how many chose each rating, and the comments in alphabetical order. */
export function FeedbackAggregate({ aggregate, answered, minimum }: { aggregate: ValueAggregate[] | null; answered: number; minimum: number }) {
  if (answered === 0) return <p className="text-sm text-slate-600">{t("evaluations.feedback.noAnswers")}</p>;
  if (!aggregate) return <p className="text-sm text-slate-600">{t("evaluations.feedback.tooFew", { answered, min: minimum })}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-900">{t("evaluations.feedback.aggregate", { answered })}</p>
      <p className="text-xs text-slate-500">{t("evaluations.feedback.aggregateHint")}</p>
      <Table caption={t("evaluations.feedback.aggregate", { answered })}>
        <thead>
          <tr>
            <Th>{t("evaluations.page.value")}</Th>
            {RATINGS.map((r) => (
              <Th key={r}>{t(`appraisal.rating.${r}`)}</Th>
            ))}
            <Th>{t("evaluations.feedback.comments")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {aggregate.map((row) => (
            <tr key={row.value}>
              <Td className="font-medium">{CORE_VALUE_LABELS[row.value]}</Td>
              {RATINGS.map((r) => (
                <Td key={r}>{formatNumber(row.counts[r])}</Td>
              ))}
              <Td>
                {row.comments.length ? (
                  <ul className="list-disc space-y-1 pl-4">
                    {row.comments.map((comment, i) => (
                      <li key={i}>{comment}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-500">{t("evaluations.feedback.noComments")}</span>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
