import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreditSummaryCard } from "@/components/appraisal-admin/credit-summary";
import { CreateSkpForm } from "@/components/skp/create-skp-form";
import { PastSkpList } from "@/components/skp/past-skp-list";
import { PredikatChart } from "@/components/skp/predikat-chart";
import { SkpYearCard } from "@/components/skp/skp-year-card";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { getCreditSummary } from "@/lib/appraisal-admin/credit-queries";
import { getMySkpOverview } from "@/lib/appraisals/history-queries";
import { createAppraisalAction } from "@/lib/appraisals/plan-actions";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("skp.mine.title") };

export default async function MySkpPage() {
  const user = await requireUser();
  if (!can(user, "appraisal.own")) notFound();
  const [overview, settings, credit] = await Promise.all([getMySkpOverview(user), getAppraisalSettings(), getCreditSummary(user, user.employeeId)]);
  return (
    <>
      <PageHeader title={t("skp.mine.title")} description={t("skp.mine.description", { year: overview.year })} />
      <div className="space-y-6">
        <section aria-labelledby="current-year" className="space-y-4">
          <h2 id="current-year" className="text-lg font-semibold text-slate-900">
            {t("skp.mine.currentYear", { year: overview.year })}
          </h2>
          {overview.current.map((skp) => (
            <SkpYearCard key={skp.id} skp={skp} frequency={settings.frequency} />
          ))}
          {overview.canCreate ? (
            overview.hasSupervisor ? (
              <EmptyState
                title={overview.current.length ? t("skp.mine.createNext", { year: overview.year }) : t("skp.mine.none", { year: overview.year })}
                body={t("skp.mine.createBody")}
                action={<CreateSkpForm action={createAppraisalAction} label={t("skp.mine.create", { year: overview.year })} />}
              />
            ) : (
              <EmptyState title={t("skp.mine.none", { year: overview.year })} body={t("skp.errors.noSupervisor")} />
            )
          ) : null}
        </section>
        <CreditSummaryCard summary={credit} />
        <Card title={t("skp.chart.title")}>
          <PredikatChart points={overview.chart} />
        </Card>
        <details className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <summary className="cursor-pointer px-4 py-3 text-base font-semibold text-slate-900">{t("skp.mine.past", { n: overview.past.length })}</summary>
          <div className="p-4 pt-0">
            <PastSkpList rows={overview.past} />
          </div>
        </details>
      </div>
    </>
  );
}
