import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenRoundForm } from "@/components/promotions/round-forms";
import { RoundTable } from "@/components/promotions/round-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { pageParam } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { openRoundAction } from "@/lib/promotions/actions";
import { listRounds } from "@/lib/promotions/queries";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("promotions.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PromotionsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "promotion.manage")) notFound();
  const page = pageParam.parse(single((await searchParams).page));
  const list = await listRounds(user, page);
  return (
    <>
      <PageHeader title={t("promotions.title")} description={t("promotions.description")} />
      <div className="space-y-6">
        <Card>
          <OpenRoundForm action={openRoundAction} />
        </Card>
        {list.rows.length ? (
          <>
            <RoundTable rows={list.rows} />
            <Pagination page={list.page} pageSize={list.pageSize} total={list.total} params={{}} basePath="/promotions" />
          </>
        ) : (
          <EmptyState title={t("promotions.empty")} body={t("promotions.emptyBody")} />
        )}
      </div>
    </>
  );
}
