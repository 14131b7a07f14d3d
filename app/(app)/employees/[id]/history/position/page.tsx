import type { Metadata } from "next";
import { PositionChangeForm } from "@/components/employees/history-forms";
import { HistoryHeader, loadHistoryTarget } from "@/components/employees/history-page";
import { addPositionChangeAction } from "@/lib/employees/actions";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { idParam } from "@/lib/route-params";

export const metadata: Metadata = { title: t("employees.history.positionTitle") };

export default async function AddPositionPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await idParam(params);
  const [profile, units] = await Promise.all([loadHistoryTarget(id), listUnitTree()]);
  return (
    <>
      <HistoryHeader title={t("employees.history.positionTitle")} profile={profile} current={t("employees.history.current", { value: profile.position.name })} />
      <PositionChangeForm save={addPositionChangeAction.bind(null, id)} version={profile.version} units={units} />
    </>
  );
}
