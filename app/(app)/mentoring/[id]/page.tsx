import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClosePairForm } from "@/components/mentoring/close-pair-form";
import { PairDetails } from "@/components/mentoring/pair-details";
import { MentoringSavedBanner } from "@/components/mentoring/saved-banner";
import { SessionForm } from "@/components/mentoring/session-form";
import { SessionList } from "@/components/mentoring/session-list";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { isBefore, toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { closePairAction, logSessionAction } from "@/lib/mentoring/actions";
import { getPair } from "@/lib/mentoring/pair-queries";
import { idParam, single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("mentoring.pairTitle") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentoringPairPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // Mentor, mentee, the mentee's supervisors, the opener and HR; anyone else gets "not found".
  const pair = await getPair(user, id);
  if (!pair) notFound();
  const now = today();
  // The session date runs from the pair's start to its end or today, whichever comes first.
  const lastDay = isBefore(pair.endDate, now) ? pair.endDate : now;
  const started = !isBefore(now, pair.startDate);
  return (
    <>
      <PageHeader
        title={t("mentoring.pairHeading", { mentee: pair.mentee.name })}
        description={t("mentoring.pairDescription", { mentor: pair.mentor.name })}
        actions={
          <LinkButton variant="secondary" href="/mentoring">
            {t("mentoring.backToList")}
          </LinkButton>
        }
      />
      <MentoringSavedBanner saved={single((await searchParams).saved)} />
      <PairDetails pair={pair} />
      <section id="sessions" aria-labelledby="sessions-title" className="mt-6 space-y-3">
        <h2 id="sessions-title" className="text-lg font-semibold text-slate-900">
          {t("mentoring.session.title")}
        </h2>
        {pair.sessions.length ? <SessionList pair={pair} /> : <EmptyState title={t("mentoring.session.empty")} />}
        {pair.status === "CLOSED" ? <p className="text-sm text-slate-600">{t("mentoring.closedNote")}</p> : null}
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {pair.can.log ? (
          <Card title={t("mentoring.session.addTitle")}>
            {started ? (
              <SessionForm save={logSessionAction.bind(null, pair.id)} min={toIsoDate(pair.startDate)} max={toIsoDate(lastDay)} />
            ) : (
              <p className="text-sm text-slate-600">{t("mentoring.session.notStarted")}</p>
            )}
          </Card>
        ) : null}
        {pair.can.close ? (
          <Card title={t("mentoring.close.title")}>
            <ClosePairForm save={closePairAction.bind(null, pair.id)} version={pair.version} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
