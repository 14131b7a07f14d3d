import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseClosedBanner } from "@/components/committee/closed-banner";
import { CommitteePanel } from "@/components/committee/committee-panel";
import { CloseCaseForm } from "@/components/committee/decision-forms";
import { CandidateList } from "@/components/placements/candidate-list";
import { standardOf } from "@/components/placements/selection-page-parts";
import { SelectionSummary } from "@/components/placements/selection-summary";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { closeCaseAction } from "@/lib/committee/actions";
import { getCommitteeStates } from "@/lib/committee/queries";
import { t } from "@/lib/i18n";
import { getCommitteeSelection } from "@/lib/placements/queries";
import { parseId, single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("placements.committee.title") };

/**
 * The committee's view of a selection: the frozen ranking with every score component, and the
 * committee panel on each candidate. Not found for anyone without committee.review and for a
 * selection still being prepared by HR.
 */
type Props = { params: Promise<{ selectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommitteeSelectionPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = parseId((await params).selectionId);
  if (id === null) notFound();
  const selection = await getCommitteeSelection(user, id);
  if (!selection) notFound();
  const states = await getCommitteeStates(user, "placement", selection.candidates.map((c) => c.id));
  const ref = { kind: "placement" as const, id: selection.id };
  const isChair = selection.chair?.id === user.employeeId;
  const undecided = selection.candidates.filter((c) => c.decision === null).length;
  return (
    <>
      <PageHeader
        title={t("placements.detail.heading", { position: selection.position.name })}
        description={selection.position.unit.name}
        actions={
          <LinkButton variant="secondary" href="/committee">
            {t("placements.committee.back")}
          </LinkButton>
        }
      />
      <CaseClosedBanner saved={single((await searchParams).saved)} status={selection.status} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("placements.detail.summary")} className="lg:col-span-2">
          <SelectionSummary selection={selection} />
        </Card>
        {isChair && selection.status === "IN_REVIEW" ? (
          <Card title={t("placements.committee.closeTitle")}>
            <CloseCaseForm action={closeCaseAction.bind(null, ref)} undecided={undecided} kind="placement" />
          </Card>
        ) : null}
      </div>
      <section aria-labelledby="shortlist-title" className="mt-6 space-y-3">
        <h2 id="shortlist-title" className="text-lg font-semibold text-slate-900">
          {t("placements.committee.shortlist", { n: selection.candidates.length })}
        </h2>
        <p className="text-sm text-slate-600">{t("placements.committee.intro")}</p>
        {selection.candidates.length ? (
          <CandidateList
            candidates={selection.candidates}
            standard={standardOf(selection)}
            showDecision={false}
            panel={(c) => {
              const state = states.get(c.id);
              return state ? <CommitteePanel state={state} candidateRef={{ kind: "placement", id: c.id }} /> : null;
            }}
          />
        ) : (
          <EmptyState title={t("placements.detail.noCandidates")} />
        )}
      </section>
    </>
  );
}
