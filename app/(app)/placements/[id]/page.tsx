import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidateList } from "@/components/placements/candidate-list";
import { RerankForm } from "@/components/placements/rerank-form";
import { PlacementSavedBanner } from "@/components/placements/saved-banner";
import { SelectionHead, standardOf } from "@/components/placements/selection-page-parts";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { rerankSelectionAction } from "@/lib/placements/actions";
import { getSelection } from "@/lib/placements/queries";
import { idParam, single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("placements.detail.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SelectionPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  const selection = await getSelection(user, id);
  if (!selection) notFound();
  return (
    <>
      <PageHeader
        title={t("placements.detail.heading", { position: selection.position.name })}
        description={selection.position.unit.name}
        actions={
          <LinkButton variant="secondary" href="/placements">
            {t("placements.backToList")}
          </LinkButton>
        }
      />
      <PlacementSavedBanner saved={single((await searchParams).saved)} />
      <SelectionHead selection={selection} rerank={<RerankForm save={rerankSelectionAction.bind(null, selection.id)} version={selection.version} />} />
      <section aria-labelledby="candidates-title" className="mt-6 space-y-3">
        <h2 id="candidates-title" className="text-lg font-semibold text-slate-900">
          {t("placements.detail.candidates", { n: selection.candidates.length })}
        </h2>
        <p className="text-sm text-slate-600">{t("placements.detail.candidatesIntro")}</p>
        {selection.candidates.length ? (
          <CandidateList candidates={selection.candidates} standard={standardOf(selection)} showDecision={selection.status !== "DRAFT"} />
        ) : (
          <EmptyState title={t("placements.detail.noCandidates")} body={t("placements.detail.noCandidatesHint")} />
        )}
      </section>
    </>
  );
}
