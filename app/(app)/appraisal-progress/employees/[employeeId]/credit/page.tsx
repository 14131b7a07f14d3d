import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreditSummaryCard } from "@/components/appraisal-admin/credit-summary";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { getCreditSummary } from "@/lib/appraisal-admin/credit-queries";
import { getEmployeeProfile } from "@/lib/employees/queries";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("appraisalAdmin.credit.title") };

/** HR's view of one person's angka kredit; the person sees the same card on "SKP Saya". */
export default async function EmployeeCreditPage({ params }: { params: Promise<{ employeeId: string }> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.read.all")) notFound();
  const employeeId = parseId((await params).employeeId);
  if (employeeId === null) notFound();
  const [profile, summary] = await Promise.all([getEmployeeProfile(user, employeeId), getCreditSummary(user, employeeId)]);
  if (!profile) notFound();
  return (
    <>
      <PageHeader
        title={t("appraisalAdmin.credit.pageTitle", { name: profile.name })}
        description={`${profile.nip} · ${profile.position.name}`}
        actions={
          <LinkButton variant="secondary" href={`/employees/${profile.id}`}>
            {t("appraisalAdmin.credit.back")}
          </LinkButton>
        }
      />
      {summary ? <CreditSummaryCard summary={summary} /> : <EmptyState title={t("appraisalAdmin.credit.emptyTitle")} body={t("appraisalAdmin.credit.emptyBody")} />}
    </>
  );
}
