import type { Metadata } from "next";
import { AddCandidateForm } from "@/components/placements/add-candidate-form";
import { DraftStepHeader, loadDraftSelection } from "@/components/placements/draft-step-page";
import { t } from "@/lib/i18n";
import { addCandidateAction } from "@/lib/placements/actions";
import { idParam } from "@/lib/route-params";

export const metadata: Metadata = { title: t("placements.add.title") };

export default async function AddCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const selection = await loadDraftSelection(await idParam(params));
  return (
    <>
      <DraftStepHeader title={t("placements.add.title")} selection={selection} />
      <p className="mb-4 text-sm text-slate-600">{t("placements.add.intro")}</p>
      <AddCandidateForm save={addCandidateAction.bind(null, selection.id)} version={selection.version} />
    </>
  );
}
