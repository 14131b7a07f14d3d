import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fullName } from "@/components/employees/profile-view";
import { BehaviourList } from "@/components/skp/behaviour-list";
import { ExpectationsForm } from "@/components/skp/expectations-form";
import { NoteForm } from "@/components/skp/note-form";
import { NoteList } from "@/components/skp/note-list";
import { PeriodList } from "@/components/skp/period-list";
import { PlanView } from "@/components/skp/plan-view";
import { SkpActions, type SkpRole } from "@/components/skp/skp-actions";
import { SkpDetails } from "@/components/skp/skp-details";
import { SkpSavedBanner } from "@/components/skp/saved-banner";
import { Card, PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { addNoteAction } from "@/lib/appraisals/note-actions";
import { saveExpectationsAction } from "@/lib/appraisals/plan-actions";
import { periodRows } from "@/lib/appraisals/plan-periods";
import { findSuccessorId, getAppraisalDetail, getTeamLinks, listNotes } from "@/lib/appraisals/plan-queries";
import { canRecordRealization, canSetExpectations, canWriteNote } from "@/lib/appraisals/plan-rules";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { isAfter, toIsoDate } from "@/lib/domain/dates";
import { pageParam } from "@/lib/forms/fields";
import { formatDate, t } from "@/lib/i18n";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("skp.detail.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SkpPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // Scoped in the query: an SKP outside the reader's reach is the same as one that does not exist.
  const skp = await getAppraisalDetail(user, id);
  if (!skp) notFound();
  const query = await searchParams;
  const [teamLinks, notes, settings, successorId] = await Promise.all([
    getTeamLinks(skp.results.map((r) => r.id)),
    listNotes(user, id, pageParam.parse(single(query.page))),
    getAppraisalSettings(),
    skp.status === "CLOSED" ? findSuccessorId(user, skp) : null,
  ]);
  const me = user.employeeId;
  const employee = skp.employeeId === me && can(user, "appraisal.own");
  const role: SkpRole = { employee, rater: !employee && skp.raterId === me && can(user, "appraisal.rate"), manager: can(user, "appraisal.manage") };
  const now = today();
  const lastNoteDay = isAfter(now, skp.periodEnd) ? skp.periodEnd : now;
  const range = { from: formatDate(skp.periodStart), to: formatDate(skp.periodEnd) };
  const expectations = Object.fromEntries(skp.behaviours.map((b) => [b.value, b.expectation]));
  return (
    <>
      <PageHeader title={t("skp.detail.heading", { year: skp.year, name: fullName(skp.employee) })} description={t("skp.periods.caption", range)} />
      <div className="space-y-6">
        <SkpSavedBanner saved={single(query.saved)} />
        <Card title={t("skp.detail.summary")}>
          <SkpDetails skp={skp} successorId={successorId} />
        </Card>
        <SkpActions skp={skp} role={role} />
        <Card title={t("skp.plan.title")}>
          <PlanView skp={skp} teamLinks={teamLinks} recording={role.employee && canRecordRealization(skp.status)} />
        </Card>
        <Card title={t("skp.behaviour.title")}>
          {/* The form shows each value's description too, so the rater sees it once. */}
          {role.rater && canSetExpectations(skp.status) ? (
            <ExpectationsForm action={saveExpectationsAction.bind(null, skp.id)} version={skp.version} current={expectations} />
          ) : (
            <BehaviourList behaviours={skp.behaviours} />
          )}
        </Card>
        <Card title={t("skp.periods.title")}>
          <PeriodList skpId={skp.id} frequency={settings.frequency} rows={periodRows(settings.frequency, skp, skp.evaluations, role.employee)} caption={t("skp.periods.caption", range)} />
        </Card>
        <section id="notes" aria-labelledby="notes-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="notes-title" className="mb-3 text-base font-semibold text-slate-900">
            {t("skp.notes.title")}
          </h2>
          <div className="space-y-4">
            {(role.employee || role.rater) && canWriteNote(skp.status) ? (
              <NoteForm action={addNoteAction.bind(null, skp.id)} today={toIsoDate(lastNoteDay)} min={toIsoDate(skp.periodStart)} />
            ) : skp.status === "CLOSED" ? (
              <p className="text-sm text-slate-600">{t("skp.notes.closed")}</p>
            ) : null}
            <NoteList notes={notes} skpId={skp.id} employeeId={skp.employeeId} />
          </div>
        </section>
      </div>
    </>
  );
}
