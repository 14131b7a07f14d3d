import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InboxTable } from "@/components/evaluations/inbox-table";
import { SavedBanner } from "@/components/evaluations/saved-banner";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { getFeedbackInbox } from "@/lib/evaluations/feedback-queries";
import { pageParam } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.inbox.title") };

export default async function FeedbackInboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const inbox = await getFeedbackInbox(user, pageParam.parse(single(params.page)));
  if (!inbox) notFound();
  return (
    <>
      <PageHeader title={t("evaluations.inbox.title")} description={t("evaluations.inbox.description")} />
      <div className="mb-4">
        <SavedBanner saved={single(params.saved)} />
      </div>
      <div className="space-y-6">
        <Card title={t("evaluations.inbox.pending")}>
          {inbox.pending.length ? <InboxTable rows={inbox.pending} caption={t("evaluations.inbox.pending")} /> : <EmptyState title={t("evaluations.inbox.empty")} />}
        </Card>
        <Card title={t("evaluations.inbox.answered")}>
          {inbox.answered.length ? (
            <>
              <InboxTable rows={inbox.answered} caption={t("evaluations.inbox.answered")} />
              <Pagination page={inbox.page} pageSize={inbox.pageSize} total={inbox.answeredTotal} params={{}} basePath="/feedback" />
            </>
          ) : (
            <EmptyState title={t("evaluations.inbox.answeredEmpty")} />
          )}
        </Card>
      </div>
    </>
  );
}
