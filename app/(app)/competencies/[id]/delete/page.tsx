import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { Card, PageHeader } from "@/components/ui/layout";
import { deleteCompetencyAction } from "@/lib/competencies/actions";
import { getCompetency } from "@/lib/competencies/queries";
import { formatNumber, t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("competencies.deleteTitle") };

export default async function DeleteCompetencyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "competency.manage")) notFound();
  const id = parseId((await params).id);
  const competency = id ? await getCompetency(id) : null;
  if (!competency) notFound();
  return (
    <>
      <PageHeader title={t("competencies.deleteTitle")} description={competency.name} />
      <Card className="max-w-2xl">
        {competency.positions ? (
          <div className="space-y-4">
            <FormMessage tone="error" message={t("competencies.cannotDelete", { n: formatNumber(competency.positions) })} />
            <LinkButton variant="secondary" href="/competencies">
              {t("common.back")}
            </LinkButton>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-800">{t("competencies.confirmDelete", { name: competency.name, code: competency.code })}</p>
            <ConfirmForm
              action={deleteCompetencyAction.bind(null, competency.id)}
              fields={{ version: String(competency.version) }}
              confirmLabel={t("competencies.confirmButton")}
              pendingLabel={t("competencies.deleting")}
              cancelHref="/competencies"
            />
          </div>
        )}
      </Card>
    </>
  );
}
