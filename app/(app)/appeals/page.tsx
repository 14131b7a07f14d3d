import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppealsTable } from "@/components/evaluations/appeals-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { getAppealQueue } from "@/lib/evaluations/appeal-queries";
import { pageParam } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.appeals.title") };

export default async function AppealsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const page = pageParam.parse(single(params.page));
  const decidedPage = pageParam.parse(single(params.dpage));
  const queue = await getAppealQueue(user, page, decidedPage);
  if (!queue) notFound();
  return (
    <>
      <PageHeader title={t("evaluations.appeals.title")} description={t("evaluations.appeals.description")} />
      <div className="space-y-6">
        <Card title={`${t("evaluations.appeals.pending")} (${queue.pendingTotal})`}>
          {queue.pending.length ? (
            <>
              <AppealsTable rows={queue.pending} caption={t("evaluations.appeals.pending")} />
              <Pagination page={page} pageSize={queue.pageSize} total={queue.pendingTotal} params={{ dpage: decidedPage > 1 ? String(decidedPage) : undefined }} basePath="/appeals" />
            </>
          ) : (
            <EmptyState title={t("evaluations.appeals.empty")} />
          )}
        </Card>
        <Card title={t("evaluations.appeals.decided")}>
          {queue.decided.length ? (
            <>
              <AppealsTable rows={queue.decided} caption={t("evaluations.appeals.decided")} />
              <DecidedPagination page={decidedPage} pageSize={queue.pageSize} total={queue.decidedTotal} pendingPage={page} />
            </>
          ) : (
            <EmptyState title={t("evaluations.appeals.decidedEmpty")} />
          )}
        </Card>
      </div>
    </>
  );
}

/** The decided list pages with `dpage`, keeping the pending list's page. */
function DecidedPagination({ page, pageSize, total, pendingPage }: { page: number; pageSize: number; total: number; pendingPage: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (p: number) => `/appeals?${new URLSearchParams({ ...(pendingPage > 1 ? { page: String(pendingPage) } : {}), dpage: String(p) }).toString()}`;
  return (
    <nav aria-label={t("common.pageOf", { page, pages })} className="mt-4 flex items-center justify-end gap-2 text-sm">
      {page > 1 ? (
        <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50" href={href(page - 1)} rel="prev">
          {t("common.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("common.pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50" href={href(page + 1)} rel="next">
          {t("common.next")}
        </Link>
      ) : null}
    </nav>
  );
}
