import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordsHeader } from "@/components/records/records-header";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Card } from "@/components/ui/layout";
import { formatDate, t } from "@/lib/i18n";
import { deleteSanctionAction } from "@/lib/records/actions";
import { getSanction } from "@/lib/records/record-queries";
import { parseId } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("records.sanction.deleteTitle") };

export default async function DeleteSanctionPage({ params }: { params: Promise<{ id: string; sanctionId: string }> }) {
  const user = await requireUser();
  const raw = await params;
  const [id, sanctionId] = [parseId(raw.id), parseId(raw.sanctionId)];
  const sanction = id && sanctionId ? await getSanction(user, id, sanctionId) : null;
  if (!id || !sanction) notFound();
  return (
    <>
      <RecordsHeader owner={sanction.owner} current="records" title={t("records.sanction.deleteTitle")} />
      <Card className="max-w-2xl">
        <div className="space-y-4">
          <p className="text-sm text-slate-800">
            {t("records.sanction.deleteConfirm", { kind: sanction.kind, level: t(`records.sanctionLevel.${sanction.level}`), sk: sanction.skNumber, date: formatDate(sanction.skDate) })}
          </p>
          {sanction.blocksPromotion ? <p className="text-sm text-amber-800">{t("records.sanction.deleteBlocksNote")}</p> : null}
          <ConfirmForm
            action={deleteSanctionAction.bind(null, id, sanction.id)}
            fields={{ version: String(sanction.version) }}
            confirmLabel={t("records.sanction.deleteButton")}
            pendingLabel={t("records.sanction.deleting")}
            cancelHref={`/employees/${id}/records#sanctions`}
          />
        </div>
      </Card>
    </>
  );
}
