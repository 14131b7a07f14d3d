import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoxPeopleTable } from "@/components/talent/box-people-table";
import { TalentFilters } from "@/components/talent/talent-filters";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { boxPosition, followUp, isBox } from "@/lib/domain/talent/nine-box";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { findBoxPeople } from "@/lib/talent/box-people-queries";
import { talentYears } from "@/lib/talent/grid-queries";
import { ZTalentFilters } from "@/lib/talent/schemas";
import { flatParams, knownUnit } from "@/lib/talent/search-params";

export const metadata: Metadata = { title: t("talent.title") };

type Props = { params: Promise<{ box: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TalentBoxPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "talent.read")) notFound();
  const raw = (await params).box;
  const box = /^\d$/.test(raw) ? Number(raw) : 0;
  if (!isBox(box)) notFound();
  const filters = ZTalentFilters.parse(flatParams(await searchParams));
  const [{ year }, units] = await Promise.all([talentYears(filters.year), listUnitTree()]);
  if (year === null) notFound();
  const unitId = knownUnit(filters.unit, units);
  const type = filters.type ?? null;
  const result = await findBoxPeople(user, { year, boxes: [box], unitId, type, page: filters.page });
  const { kinerja, potential } = boxPosition(box);
  const gridHref = `/talent?year=${year}${unitId ? `&unit=${unitId}` : ""}`;
  return (
    <>
      <PageHeader
        title={t("talent.box.title", { box })}
        description={t("talent.box.description", {
          kinerja: t(`talent.kinerja.${kinerja}`).toLowerCase(),
          potential: t(`talent.potential.${potential}`).toLowerCase(),
          year,
          followUp: t(`talent.followUp.${followUp(box)}`).toLowerCase(),
        })}
        actions={
          <Link href={gridHref} className="text-sm font-medium text-brand-700 hover:underline">
            {t("talent.box.back")}
          </Link>
        }
      />
      <TalentTabs current="grid" />
      <TalentFilters action={`/talent/box/${box}`} year={year} units={units} unitId={unitId} type={type} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("talent.box.empty")} body={t("talent.box.emptyBody")} />
      ) : (
        <>
          <BoxPeopleTable rows={result.rows} caption={t("talent.box.caption", { box })} />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            params={{ year: String(year), unit: unitId ? String(unitId) : undefined, type: type ?? undefined }}
            basePath={`/talent/box/${box}`}
          />
        </>
      )}
    </>
  );
}
