import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseTable } from "@/components/committee/case-table";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { listCasesInReview } from "@/lib/committee/queries";
import { pageParam } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("committee.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommitteePage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "committee.review")) notFound();
  const page = pageParam.parse(single((await searchParams).page));
  const list = await listCasesInReview(user, page);
  return (
    <>
      <PageHeader title={t("committee.title")} description={t("committee.description")} />
      {list.rows.length ? (
        <>
          <CaseTable rows={list.rows} />
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} params={{}} basePath="/committee" />
        </>
      ) : (
        <EmptyState title={t("committee.empty")} body={t("committee.emptyBody")} />
      )}
    </>
  );
}
