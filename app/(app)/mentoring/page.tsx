import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PairFilters } from "@/components/mentoring/pair-filters";
import { PairTable } from "@/components/mentoring/pair-table";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { listOverseenPairs, listOwnPairs } from "@/lib/mentoring/list-queries";
import { ZPairFilters } from "@/lib/mentoring/schemas";
import { listUnitTree } from "@/lib/org-units/queries";
import { canAny, can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("mentoring.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentoringPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!canAny(user, ["mentoring.participate", "mentoring.open", "mentoring.read.all"])) notFound();
  const raw = await searchParams;
  const filters = ZPairFilters.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const hr = can(user, "mentoring.read.all");
  const [own, overseen, units] = await Promise.all([
    can(user, "mentoring.participate") ? listOwnPairs(user) : null,
    listOverseenPairs(user, filters),
    hr ? listUnitTree() : null,
  ]);
  const open = can(user, "mentoring.open") ? <LinkButton href="/mentoring/new">{t("mentoring.openButton")}</LinkButton> : null;
  const params = { status: filters.status, unit: filters.unit?.toString() };
  return (
    <>
      <PageHeader title={t("mentoring.title")} description={t("mentoring.description")} actions={open} />
      <div className="space-y-8">
        {own ? (
          <>
            <section aria-labelledby="as-mentee" className="space-y-3">
              <h2 id="as-mentee" className="text-lg font-semibold text-slate-900">
                {t("mentoring.asMentee")}
              </h2>
              {own.asMentee.length ? <PairTable rows={own.asMentee} caption={t("mentoring.asMentee")} columns={["mentor"]} /> : <EmptyState title={t("mentoring.emptyMentee")} />}
            </section>
            <section aria-labelledby="as-mentor" className="space-y-3">
              <h2 id="as-mentor" className="text-lg font-semibold text-slate-900">
                {t("mentoring.asMentor")}
              </h2>
              {own.asMentor.length ? <PairTable rows={own.asMentor} caption={t("mentoring.asMentor")} columns={["mentee"]} /> : <EmptyState title={t("mentoring.emptyMentor")} />}
            </section>
          </>
        ) : null}
        {overseen ? (
          <section id="oversight" aria-labelledby="oversight-title" className="space-y-3">
            <h2 id="oversight-title" className="text-lg font-semibold text-slate-900">
              {hr ? t("mentoring.allPairs") : t("mentoring.teamPairs")}
            </h2>
            <PairFilters filters={filters} units={units} />
            {overseen.rows.length ? (
              <>
                <PairTable rows={overseen.rows} caption={hr ? t("mentoring.allPairs") : t("mentoring.teamPairs")} columns={["mentee", "mentor"]} />
                <Pagination page={overseen.page} pageSize={overseen.pageSize} total={overseen.total} params={params} basePath="/mentoring" />
              </>
            ) : (
              <EmptyState title={t("mentoring.emptyOversight")} body={t("mentoring.emptyOversightBody")} action={open} />
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
