import type { Metadata } from "next";
import { DraftStepHeader, loadDraftSelection } from "@/components/placements/draft-step-page";
import { SendSelectionForm } from "@/components/placements/send-form";
import { EmptyState } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { sendSelectionAction } from "@/lib/placements/actions";
import { listChairs } from "@/lib/placements/queries";
import { idParam } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("placements.send.title") };

export default async function SendSelectionPage({ params }: { params: Promise<{ id: string }> }) {
  const selection = await loadDraftSelection(await idParam(params));
  const chairs = await listChairs(await requireUser());
  return (
    <>
      <DraftStepHeader title={t("placements.send.title")} selection={selection} />
      <p className="mb-4 text-sm text-slate-600">{t("placements.send.intro", { n: selection.candidates.length })}</p>
      {selection.candidates.length === 0 ? (
        <EmptyState title={t("placements.detail.noCandidates")} body={t("placements.errors.noCandidates")} />
      ) : chairs.length === 0 ? (
        <EmptyState title={t("placements.send.noChairs")} />
      ) : (
        <SendSelectionForm save={sendSelectionAction.bind(null, selection.id)} version={selection.version} chairs={chairs} />
      )}
    </>
  );
}
