import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { Card, PageHeader } from "@/components/ui/layout";
import { formatNumber, t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { deletePositionAction } from "@/lib/positions/actions";
import { getPositionDetail } from "@/lib/positions/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("positions.deleteTitle") };

export default async function DeletePositionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "position.manage")) notFound();
  const id = parseId((await params).id);
  const position = id ? await getPositionDetail(id) : null;
  if (!position) notFound();
  const { holders, histories } = position._count;
  const refusal = holders
    ? t("positions.cannotDeleteHolders", { n: formatNumber(holders) })
    : histories
      ? t("positions.cannotDeleteHistory", { n: formatNumber(histories) })
      : null;
  const back = `/positions/${position.id}`;
  return (
    <>
      <PageHeader title={t("positions.deleteTitle")} description={position.name} />
      <Card className="max-w-2xl">
        {refusal ? (
          <div className="space-y-4">
            <FormMessage tone="error" message={refusal} />
            <LinkButton variant="secondary" href={back}>
              {t("common.back")}
            </LinkButton>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-800">{t("positions.confirmDelete", { name: position.name })}</p>
            <ConfirmForm
              action={deletePositionAction.bind(null, position.id)}
              fields={{ version: String(position.version) }}
              confirmLabel={t("positions.confirmButton")}
              pendingLabel={t("positions.deleting")}
              cancelHref={back}
            />
          </div>
        )}
      </Card>
    </>
  );
}
