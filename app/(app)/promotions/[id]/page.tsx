import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddCandidateForm } from "@/components/promotions/add-candidate-form";
import { CandidateFilters } from "@/components/promotions/candidate-filters";
import { CandidateTable } from "@/components/promotions/candidate-table";
import { ScreenForm, SendRoundForm } from "@/components/promotions/round-forms";
import { FormMessage } from "@/components/ui/form-message";
import { Badge, Card, DetailList, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { buttonStyles } from "@/components/ui/styles";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { addCandidateAction, screenRoundAction, sendRoundAction } from "@/lib/promotions/actions";
import { countPns, getRound, listChairOptions, listRoundCandidates } from "@/lib/promotions/queries";
import { ZCandidateFilters } from "@/lib/promotions/schemas";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("promotions.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED = { opened: "promotions.saved.opened", added: "promotions.saved.added", removed: "promotions.saved.removed", sent: "promotions.saved.sent" } as const;

export default async function RoundPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "promotion.manage")) notFound();
  const roundId = await idParam(params);
  const query = await searchParams;
  const filters = ZCandidateFilters.parse({ view: single(query.view), unit: single(query.unit), q: single(query.q), page: single(query.page) });
  const round = await getRound(user, roundId);
  if (!round) notFound();
  const draft = round.status === "DRAFT";
  const [list, units, chairs, people] = await Promise.all([
    listRoundCandidates(user, roundId, filters),
    listUnitTree(),
    draft ? listChairOptions(user) : Promise.resolve([]),
    draft && !round.screenedAt ? countPns(user) : Promise.resolve(round.screenedCount),
  ]);
  const saved = single(query.saved);
  const savedKey = saved && saved in SAVED ? SAVED[saved as keyof typeof SAVED] : null;
  const base = `/promotions/${roundId}`;
  return (
    <>
      <PageHeader
        title={t("promotions.roundTitle", { date: formatDate(round.periodTmt) })}
        description={<Link href="/promotions" className="text-brand-700 hover:underline">{t("promotions.title")}</Link>}
        actions={
          <>
            <a href={`/api/promotions/export/${roundId}`} className={buttonStyles.secondary} download>
              {t("promotions.export")}
            </a>
            {!draft ? (
              <Link href={`/committee/promotions/${roundId}`} className={buttonStyles.secondary}>
                {t("promotions.committeeLink")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        {savedKey ? <FormMessage tone="success" message={t(savedKey)} /> : null}
        <Card>
          <DetailList
            items={[
              { label: t("promotions.summary.status"), value: <Badge tone={draft ? "info" : "warning"}>{t(`enums.caseStatus.${round.status}`)}</Badge> },
              { label: t("promotions.summary.screenedAt"), value: round.screenedAt ? formatDateTime(round.screenedAt) : t("promotions.summary.notScreened") },
              { label: t("promotions.summary.screenedCount"), value: formatNumber(round.screenedCount) },
              { label: t("promotions.summary.eligibleCount"), value: formatNumber(round.eligibleCount) },
              { label: t("promotions.summary.proposed"), value: formatNumber(round.proposed) },
              { label: t("promotions.summary.added"), value: formatNumber(round.added) },
              { label: t("promotions.summary.chair"), value: round.chair?.name ?? t("common.dash") },
              { label: t("promotions.summary.decided"), value: formatNumber(round.decided) },
            ]}
          />
        </Card>
        {draft ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("promotions.screen.title")}>
              <p className="mb-3 text-sm text-slate-600">{t("promotions.screen.body")}</p>
              <ScreenForm action={screenRoundAction.bind(null, roundId)} version={round.version} people={people} screened={round.screenedAt !== null} />
            </Card>
            <Card>
              <SendRoundForm action={sendRoundAction.bind(null, roundId)} version={round.version} chairs={chairs} proposed={round.proposed} />
            </Card>
            <Card className="lg:col-span-2">
              <AddCandidateForm action={addCandidateAction.bind(null, roundId)} />
            </Card>
          </div>
        ) : null}
        <CandidateFilters base={base} filters={filters} units={units} />
        {list.rows.length ? (
          <>
            <CandidateTable rows={list.rows} periodTmt={round.periodTmt} editable={draft} />
            <Pagination page={list.page} pageSize={list.pageSize} total={list.total} params={{ view: filters.view, unit: filters.unit?.toString(), q: filters.q }} basePath={base} />
          </>
        ) : (
          <EmptyState title={t("promotions.candidates.empty")} />
        )}
      </div>
    </>
  );
}
