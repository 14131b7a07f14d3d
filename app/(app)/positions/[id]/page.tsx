import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PositionDetailView } from "@/components/positions/position-detail";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { getPositionDetail } from "@/lib/positions/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("positions.title") };

const SAVED: Record<string, string> = { created: t("positions.saved.created"), updated: t("positions.saved.updated") };

export default async function PositionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requireUser();
  if (!can(user, "position.read")) notFound();
  const id = parseId((await params).id);
  const position = id ? await getPositionDetail(id) : null;
  if (!position) notFound();
  const { saved } = await searchParams;
  const manage = can(user, "position.manage");
  return (
    <>
      <PageHeader
        title={position.name}
        description={position.unit.name}
        actions={
          manage ? (
            <>
              <LinkButton href={`/positions/${position.id}/edit`}>{t("common.edit")}</LinkButton>
              <LinkButton variant="secondary" href={`/positions/${position.id}/delete`}>
                {t("common.delete")}
              </LinkButton>
            </>
          ) : null
        }
      />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={saved ? SAVED[saved] : undefined} />
      </div>
      <PositionDetailView position={position} />
    </>
  );
}
