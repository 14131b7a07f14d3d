import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/records/assessment-form";
import { CompetencyTables } from "@/components/records/competency-table";
import { RecordsHeader } from "@/components/records/records-header";
import { RecordsSavedBanner } from "@/components/records/saved-banner";
import { Card, EmptyState } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { addAssessmentAction } from "@/lib/records/actions";
import { getCompetencyRecords, listAssessableCompetencies } from "@/lib/records/competency-queries";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("records.competenciesTitle") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmployeeCompetenciesPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // Scoped in the query (the person, their supervisors, HR): outside it is the same as not existing.
  const records = await getCompetencyRecords(user, id);
  if (!records) notFound();
  const manages = can(user, "employee.records.manage");
  const dictionary = manages ? await listAssessableCompetencies() : [];
  return (
    <>
      <RecordsHeader owner={records.owner} current="competencies" title={t("records.competenciesTitle")} />
      <RecordsSavedBanner saved={single((await searchParams).saved)} />
      <p className="mb-4 text-sm text-slate-600">{t("records.assessment.intro")}</p>
      {records.groups.length ? (
        <CompetencyTables groups={records.groups} manage={manages ? { employeeId: id } : null} />
      ) : (
        <EmptyState title={t("records.assessment.empty")} body={manages ? t("records.assessment.emptyHr") : t("records.assessment.emptyBody")} />
      )}
      {manages ? (
        <Card title={t("records.assessment.addTitle")} className="mt-6 max-w-3xl">
          {/* Keyed by the count so a saved result gives a fresh form (the selects are controlled). */}
          <AssessmentForm key={records.assessed} save={addAssessmentAction.bind(null, id)} competencies={dictionary} today={toIsoDate(today())} />
        </Card>
      ) : null}
    </>
  );
}
