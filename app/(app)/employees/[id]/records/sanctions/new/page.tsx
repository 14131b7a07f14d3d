import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordsHeader } from "@/components/records/records-header";
import { SanctionForm } from "@/components/records/sanction-form";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { addSanctionAction } from "@/lib/records/actions";
import { findRecordsOwner } from "@/lib/records/record-queries";
import { idParam } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("records.sanction.addTitle") };

const EMPTY = { level: "", kind: "", reason: "", startDate: "", endDate: "", blocksPromotion: "DEFAULT", skNumber: "", skDate: "" };

export default async function NewSanctionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "employee.records.manage")) notFound();
  const id = await idParam(params);
  const owner = await findRecordsOwner(user, id);
  if (!owner) notFound();
  return (
    <>
      <RecordsHeader owner={owner} current="records" title={t("records.sanction.addTitle")} />
      <SanctionForm save={addSanctionAction.bind(null, id)} defaults={EMPTY} cancelHref={`/employees/${id}/records#sanctions`} today={toIsoDate(today())} />
    </>
  );
}
