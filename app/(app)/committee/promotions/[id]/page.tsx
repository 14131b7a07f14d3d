import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseClosedBanner } from "@/components/committee/closed-banner";
import { CommitteePanel } from "@/components/committee/committee-panel";
import { CloseCaseForm } from "@/components/committee/decision-forms";
import { CandidateHeading } from "@/components/promotions/candidate-heading";
import { ConditionList } from "@/components/promotions/condition-list";
import { Badge, Card, DetailList, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { closeCaseAction } from "@/lib/committee/actions";
import { getCommitteeStates } from "@/lib/committee/queries";
import { pageParam } from "@/lib/forms/fields";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import { getRoundForCommittee, listProposedForCommittee } from "@/lib/promotions/committee-queries";
import { readConditions } from "@/lib/promotions/conditions";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("committee.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommitteeRoundPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "committee.review")) notFound();
  const roundId = await idParam(params);
  const query = await searchParams;
  const page = pageParam.parse(single(query.page));
  const undecidedOnly = single(query.show) === "undecided";
  const round = await getRoundForCommittee(user, roundId);
  if (!round) notFound();
  const list = await listProposedForCommittee(user, roundId, page, undecidedOnly);
  const states = await getCommitteeStates(user, "promotion", list.rows.map((row) => row.id));
  const base = `/committee/promotions/${roundId}`;
  return (
    <>
      <PageHeader
        title={t("committee.caseTitle.promotion", { date: formatDate(round.periodTmt) })}
        description={<Link href="/committee" className="text-brand-700 hover:underline">{t("committee.title")}</Link>}
      />
      <CaseClosedBanner saved={single(query.saved)} status={round.status} />
      <div className="space-y-6">
        <Card>
          <DetailList
            items={[
              { label: t("promotions.summary.status"), value: <Badge tone={round.status === "IN_REVIEW" ? "warning" : "neutral"}>{t(`enums.caseStatus.${round.status}`)}</Badge> },
              { label: t("promotions.summary.chair"), value: round.chair?.name ?? t("common.dash") },
              { label: t("promotions.summary.proposed"), value: formatNumber(round.proposed) },
              { label: t("promotions.summary.decided"), value: formatNumber(round.proposed - round.undecided) },
              { label: t("promotions.summary.sentAt"), value: formatDateTime(round.sentAt) },
              { label: t("promotions.summary.closedAt"), value: formatDateTime(round.closedAt) },
            ]}
          />
        </Card>
        {round.isChair && round.status === "IN_REVIEW" ? (
          <Card title={t("committee.close.title")}>
            <CloseCaseForm action={closeCaseAction.bind(null, { kind: "promotion", id: roundId })} undecided={round.undecided} kind="promotion" />
          </Card>
        ) : null}
        <nav aria-label={t("committee.filters.label")} className="flex gap-3 text-sm">
          <Link href={base} aria-current={!undecidedOnly ? "page" : undefined} className={!undecidedOnly ? "font-semibold text-slate-900" : "text-brand-700 hover:underline"}>
            {t("committee.filters.all")}
          </Link>
          <Link href={`${base}?show=undecided`} aria-current={undecidedOnly ? "page" : undefined} className={undecidedOnly ? "font-semibold text-slate-900" : "text-brand-700 hover:underline"}>
            {t("committee.filters.undecided")}
          </Link>
        </nav>
        {list.rows.length ? (
          <ol className="space-y-4">
            {list.rows.map((row) => {
              const state = states.get(row.id);
              return (
                <li key={row.id}>
                  <Card>
                    <div className="grid gap-4 lg:grid-cols-2">
                      <div className="space-y-3">
                        <CandidateHeading row={row} />
                        <ConditionList conditions={readConditions(row.conditions)} asOf={round.periodTmt} educationLevel={row.employee.educationLevel} />
                        {row.justification ? <p className="text-sm text-slate-700">{t("promotions.candidates.justification", { text: row.justification })}</p> : null}
                      </div>
                      <div>{state ? <CommitteePanel state={state} candidateRef={{ kind: "promotion", id: row.id }} /> : null}</div>
                    </div>
                  </Card>
                </li>
              );
            })}
          </ol>
        ) : (
          <EmptyState title={t("promotions.candidates.empty")} />
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} params={{ show: undecidedOnly ? "undecided" : undefined }} basePath={base} />
      </div>
    </>
  );
}
