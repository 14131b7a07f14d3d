import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RankChangeForm } from "@/components/employees/history-forms";
import { HistoryHeader, loadHistoryTarget } from "@/components/employees/history-page";
import { addRankChangeAction } from "@/lib/employees/actions";
import { t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";

export const metadata: Metadata = { title: t("employees.history.rankTitle") };

export default async function AddRankPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await idParam(params);
  const profile = await loadHistoryTarget(id);
  if (profile.status !== "PNS") notFound();
  const current = profile.rank ? `${profile.rank.code} ${profile.rank.name}` : t("common.dash");
  return (
    <>
      <HistoryHeader title={t("employees.history.rankTitle")} profile={profile} current={t("employees.history.current", { value: current })} />
      <RankChangeForm save={addRankChangeAction.bind(null, id)} version={profile.version} />
    </>
  );
}
