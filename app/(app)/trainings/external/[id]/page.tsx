import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExternalDecision } from "@/components/trainings/external-decision";
import { jpText, kindLabel, typeLabel, dateRange } from "@/components/trainings/labels";
import { SavedBanner } from "@/components/trainings/saved-banner";
import { ExternalBadge } from "@/components/trainings/status-badge";
import { Card, DetailList, PageHeader } from "@/components/ui/layout";
import { TRAINING_KIND_TYPE } from "@/lib/domain/career/development";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { getExternalTraining } from "@/lib/trainings/external-queries";

export const metadata: Metadata = { title: t("trainings.external.detailTitle") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExternalTrainingPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // Scoped in the query (the person, their chain, HR): anyone else finds nothing.
  const row = await getExternalTraining(user, id);
  if (!row) notFound();
  const saved = single((await searchParams).saved);
  const decides = can(user, "training.manage") && row.status === "SUBMITTED" && row.employee.id !== user.employeeId;
  return (
    <>
      <PageHeader title={row.title} description={`${row.employee.name} · ${row.employee.position.name} · ${row.employee.unit.name}`} />
      <SavedBanner saved={saved} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("trainings.external.detailTitle")} className="lg:col-span-2">
          <DetailList
            items={[
              { label: t("trainings.columns.status"), value: <ExternalBadge status={row.status} /> },
              { label: t("trainings.form.kind"), value: `${kindLabel(row.kind)} (${typeLabel(TRAINING_KIND_TYPE[row.kind])})` },
              { label: t("trainings.form.provider"), value: row.provider },
              { label: t("trainings.columns.when"), value: dateRange(row.startDate, row.endDate, formatDate) },
              { label: t("trainings.columns.jp"), value: jpText(row.hours) },
              { label: t("trainings.completion.certificate"), value: row.certificateNumber },
              {
                label: t("trainings.external.file"),
                value: row.file ? (
                  <a href={`/api/certificates/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    {row.file.filename} ({t("trainings.external.kb", { n: formatNumber(Math.ceil(row.file.size / 1024)) })})
                  </a>
                ) : (
                  t("trainings.external.noFile")
                ),
              },
              { label: t("trainings.external.submittedLabel"), value: formatDateTime(row.createdAt) },
              ...(row.verifiedAt ? [{ label: t("trainings.external.decidedLabel"), value: `${formatDateTime(row.verifiedAt)}${row.verifier ? ` · ${row.verifier.name}` : ""}` }] : []),
              ...(row.rejectReason ? [{ label: t("trainings.register.declineReason"), value: row.rejectReason }] : []),
            ]}
          />
        </Card>
        {decides ? <ExternalDecision id={row.id} version={row.version} person={row.employee.name} title={row.title} /> : null}
      </div>
    </>
  );
}
