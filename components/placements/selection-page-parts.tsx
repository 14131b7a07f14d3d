import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import type { SelectionView } from "@/lib/placements/queries";
import { SelectionSummary } from "./selection-summary";

/** The competency standard of the selection's position, as the breakdowns name it. */
export function standardOf(selection: SelectionView) {
  return selection.position.competencies.map((line) => ({ competencyId: line.competency.id, name: line.competency.name }));
}

/** Summary card with HR's DRAFT steps (weights, add, send) as links; nothing to do once sent. */
export function SelectionHead({ selection, rerank }: { selection: SelectionView; rerank?: React.ReactNode }) {
  const draft = selection.status === "DRAFT";
  return (
    <Card
      title={t("placements.detail.summary")}
      actions={
        draft ? (
          <div className="flex flex-wrap gap-2">
            <LinkButton variant="secondary" href={`/placements/${selection.id}/weights`}>
              {t("placements.weights.title")}
            </LinkButton>
            <LinkButton variant="secondary" href={`/placements/${selection.id}/candidates/new`}>
              {t("placements.add.title")}
            </LinkButton>
            <LinkButton href={`/placements/${selection.id}/send`}>{t("placements.send.title")}</LinkButton>
          </div>
        ) : null
      }
    >
      <SelectionSummary selection={selection} />
      {draft && rerank ? <div className="mt-4 border-t border-slate-200 pt-4">{rerank}</div> : null}
      {!draft ? <p className="mt-4 text-sm text-slate-600">{t("placements.detail.frozen")}</p> : null}
    </Card>
  );
}
