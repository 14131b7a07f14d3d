import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordsHeader } from "@/components/records/records-header";
import { SanctionForm } from "@/components/records/sanction-form";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { updateSanctionAction } from "@/lib/records/actions";
import { getSanction } from "@/lib/records/record-queries";
import { blocksChoiceOf } from "@/lib/records/schemas";
import { parseId } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("records.sanction.editTitle") };

export default async function EditSanctionPage({ params }: { params: Promise<{ id: string; sanctionId: string }> }) {
  const user = await requireUser();
  const raw = await params;
  const [id, sanctionId] = [parseId(raw.id), parseId(raw.sanctionId)];
  // HR only, and only a sanction of this person: anything else is "not found".
  const sanction = id && sanctionId ? await getSanction(user, id, sanctionId) : null;
  if (!id || !sanction) notFound();
  const defaults = {
    level: sanction.level,
    kind: sanction.kind,
    reason: sanction.reason,
    startDate: toIsoDate(sanction.startDate),
    endDate: sanction.endDate ? toIsoDate(sanction.endDate) : "",
    blocksPromotion: blocksChoiceOf(sanction.level, sanction.blocksPromotion),
    skNumber: sanction.skNumber,
    skDate: toIsoDate(sanction.skDate),
    version: sanction.version,
  };
  return (
    <>
      <RecordsHeader owner={sanction.owner} current="records" title={t("records.sanction.editTitle")} />
      <SanctionForm save={updateSanctionAction.bind(null, id, sanction.id)} defaults={defaults} cancelHref={`/employees/${id}/records#sanctions`} today={toIsoDate(today())} />
    </>
  );
}
