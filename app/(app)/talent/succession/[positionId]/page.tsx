import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SuccessorForm } from "@/components/talent/successor-form";
import { SuccessorTable } from "@/components/talent/successor-table";
import { TalentSavedBanner } from "@/components/talent/saved-banner";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { t } from "@/lib/i18n";
import { parseId, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { addSuccessorAction } from "@/lib/talent/actions";
import { getSuccession } from "@/lib/talent/succession-queries";

export const metadata: Metadata = { title: t("talent.succession.title") };

type Props = { params: Promise<{ positionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SuccessionPositionPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = parseId((await params).positionId);
  if (id === null) notFound();
  // Null without talent.read and for a position that is not key: both are "not found".
  const view = await getSuccession(user, id);
  if (!view) notFound();
  const manages = can(user, "talent.manage");
  const education = EDUCATION_LEVELS.find((e) => e.level === view.minEducation)?.label;
  return (
    <>
      <PageHeader
        title={t("talent.succession.positionTitle", { name: view.name })}
        description={
          <>
            {view.unit.name} ·{" "}
            {t("talent.succession.requirements", {
              rank: view.minRank ? `${view.minRank.code} ${view.minRank.name}` : t("talent.succession.noRequirement"),
              education: education ?? t("talent.succession.noRequirement"),
            })}
          </>
        }
        actions={
          <Link href="/talent/succession" className="text-sm font-medium text-brand-700 hover:underline">
            {t("talent.succession.back")}
          </Link>
        }
      />
      <TalentTabs current="succession" />
      <TalentSavedBanner saved={single((await searchParams).saved)} />
      <h2 className="mb-1 text-base font-semibold text-slate-900">{t("talent.succession.listTitle")}</h2>
      <p className="mb-3 text-sm text-slate-600">{view.year === null ? t("talent.succession.noYearNote") : t("talent.succession.yearNote", { year: view.year })}</p>
      {view.successors.length ? (
        <SuccessorTable view={view} manage={manages} />
      ) : (
        <EmptyState title={t("talent.succession.listEmpty")} body={manages ? t("talent.succession.listEmptyBody") : undefined} />
      )}
      {manages ? (
        <Card title={t("talent.succession.addTitle")} className="mt-6 max-w-3xl">
          <SuccessorForm save={addSuccessorAction.bind(null, id)} />
        </Card>
      ) : null}
    </>
  );
}
