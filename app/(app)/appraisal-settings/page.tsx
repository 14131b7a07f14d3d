import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetRulesForm } from "@/components/appraisal-admin/reset-rules-form";
import { RuleTableForm } from "@/components/appraisal-admin/rule-table-form";
import { SettingsForm } from "@/components/appraisal-admin/settings-form";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Card, PageHeader } from "@/components/ui/layout";
import { resetDistributionRulesAction, saveDistributionRulesAction, updateAppraisalSettingsAction } from "@/lib/appraisal-admin/actions";
import { getSettingsPage } from "@/lib/appraisal-admin/settings-queries";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("appraisalAdmin.settings.title") };

const SAVED: Record<string, string> = {
  settings: t("appraisalAdmin.settings.saved.settings"),
  rules: t("appraisalAdmin.settings.saved.rules"),
  reset: t("appraisalAdmin.settings.saved.reset"),
};

export default async function AppraisalSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.manage")) notFound();
  const [query, page] = await Promise.all([searchParams, getSettingsPage(user)]);
  const saved = single(query.saved);
  return (
    <>
      <PageHeader
        title={t("appraisalAdmin.settings.title")}
        description={t("appraisalAdmin.settings.description")}
        actions={
          <LinkButton variant="secondary" href="/appraisal-settings/units">
            {t("appraisalAdmin.settings.unitsLink")}
          </LinkButton>
        }
      />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={saved ? SAVED[saved] : undefined} />
      </div>
      <div className="space-y-6">
        <Card title={t("appraisalAdmin.settings.general")}>
          {page.settings ? (
            <SettingsForm key={page.settings.version} save={updateAppraisalSettingsAction} defaults={page.settings} lockedYear={page.frequencyLockedYear} />
          ) : (
            <FormMessage tone="error" message={t("appraisalAdmin.settings.missing")} />
          )}
        </Card>
        <Card title={t("appraisalAdmin.rules.title")} actions={<ResetRulesForm reset={resetDistributionRulesAction} stamp={page.allStamp} />}>
          <p className="mb-4 text-sm text-slate-700">{t("appraisalAdmin.rules.intro")}</p>
          <div className="space-y-6">
            {page.tables.map((table) => {
              const result = t(`appraisal.orgResult.${table.orgResult}`);
              return (
                <section key={table.orgResult} id={`rules-${table.orgResult}`} aria-labelledby={`rules-${table.orgResult}-title`} className="scroll-mt-4 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0">
                  <h3 id={`rules-${table.orgResult}-title`} className="mb-2 text-sm font-semibold text-slate-900">
                    {t("appraisalAdmin.rules.tableFor", { result })}
                  </h3>
                  <RuleTableForm
                    // A new stamp (saved, reset, edited elsewhere) remounts the editor with the stored rows.
                    key={table.stamp}
                    save={saveDistributionRulesAction.bind(null, table.orgResult)}
                    orgResult={table.orgResult}
                    stamp={table.stamp}
                    rows={table.rows.map((row) => ({
                      predikats: row.predikats,
                      min: row.minPercent === null ? "" : String(row.minPercent),
                      max: row.maxPercent === null ? "" : String(row.maxPercent),
                      requireAny: row.requireAny,
                    }))}
                  />
                </section>
              );
            })}
          </div>
        </Card>
      </div>
    </>
  );
}
