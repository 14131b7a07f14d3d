import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AwardForm } from "@/components/records/award-form";
import { AwardTable } from "@/components/records/award-table";
import { RecordsHeader } from "@/components/records/records-header";
import { RecordsSavedBanner } from "@/components/records/saved-banner";
import { SanctionTable } from "@/components/records/sanction-table";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { addAwardAction } from "@/lib/records/actions";
import { getEmployeeRecords } from "@/lib/records/record-queries";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("records.recordsTitle") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmployeeRecordsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // The person, their supervisors and HR read; only HR writes (each action checks again).
  const records = await getEmployeeRecords(user, id);
  if (!records) notFound();
  const manage = can(user, "employee.records.manage") ? { employeeId: id } : null;
  const addSanction = manage ? <LinkButton href={`/employees/${id}/records/sanctions/new`}>{t("records.sanction.add")}</LinkButton> : null;
  return (
    <>
      <RecordsHeader owner={records.owner} current="records" title={t("records.recordsTitle")} />
      <RecordsSavedBanner saved={single((await searchParams).saved)} />
      <div className="space-y-6">
        <section id="awards" aria-labelledby="awards-title" className="space-y-3">
          <h2 id="awards-title" className="text-lg font-semibold text-slate-900">
            {t("records.award.title")}
          </h2>
          {records.awards.length ? <AwardTable rows={records.awards} manage={manage} /> : <EmptyState title={t("records.award.empty")} />}
          {manage ? (
            <Card title={t("records.award.addTitle")} className="max-w-3xl">
              <AwardForm save={addAwardAction.bind(null, id)} today={toIsoDate(today())} />
            </Card>
          ) : null}
        </section>
        <section id="sanctions" aria-labelledby="sanctions-title" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="sanctions-title" className="text-lg font-semibold text-slate-900">
              {t("records.sanction.title")}
            </h2>
            {records.sanctions.length ? addSanction : null}
          </div>
          <p className="text-sm text-slate-600">{t("records.sanction.intro")}</p>
          {records.sanctions.length ? (
            <SanctionTable rows={records.sanctions} manage={manage} />
          ) : (
            <EmptyState title={t("records.sanction.empty")} action={addSanction} />
          )}
        </section>
      </div>
    </>
  );
}
