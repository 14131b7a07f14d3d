import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { getSelection, type SelectionView } from "@/lib/placements/queries";
import { requireUser } from "@/lib/server/session";

/**
 * The selection behind a DRAFT step page (weights, add, send): not found outside HR's scope, and
 * not found once the ranking is frozen (the step no longer exists; the mutation refuses it too).
 */
export async function loadDraftSelection(id: number): Promise<SelectionView> {
  const user = await requireUser();
  const selection = await getSelection(user, id);
  if (!selection || selection.status !== "DRAFT") notFound();
  return selection;
}

export function DraftStepHeader({ title, selection }: { title: string; selection: SelectionView }) {
  return (
    <PageHeader
      title={title}
      description={t("placements.detail.heading", { position: `${selection.position.name} — ${selection.position.unit.name}` })}
      actions={
        <LinkButton variant="secondary" href={`/placements/${selection.id}`}>
          {t("placements.backToSelection")}
        </LinkButton>
      }
    />
  );
}
