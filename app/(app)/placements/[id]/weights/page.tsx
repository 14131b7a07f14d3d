import type { Metadata } from "next";
import { DraftStepHeader, loadDraftSelection } from "@/components/placements/draft-step-page";
import { WeightsForm } from "@/components/placements/weights-form";
import { DEFAULT_MERIT_WEIGHTS } from "@/lib/domain/talent/merit";
import { t } from "@/lib/i18n";
import { updateWeightsAction } from "@/lib/placements/actions";
import { idParam } from "@/lib/route-params";

export const metadata: Metadata = { title: t("placements.weights.title") };

export default async function WeightsPage({ params }: { params: Promise<{ id: string }> }) {
  const selection = await loadDraftSelection(await idParam(params));
  return (
    <>
      <DraftStepHeader title={t("placements.weights.title")} selection={selection} />
      <p className="mb-4 text-sm text-slate-600">{t("placements.weights.intro")}</p>
      <WeightsForm save={updateWeightsAction.bind(null, selection.id)} version={selection.version} current={selection.weights ?? DEFAULT_MERIT_WEIGHTS} />
    </>
  );
}
