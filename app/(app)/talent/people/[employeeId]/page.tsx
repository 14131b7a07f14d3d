import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { fullName } from "@/components/employees/profile-view";
import { PotentialForm } from "@/components/talent/potential-form";
import { CurrentBoxCard, PotentialTable } from "@/components/talent/potential-table";
import { TalentSavedBanner } from "@/components/talent/saved-banner";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { parseId, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { addPotentialAction } from "@/lib/talent/actions";
import { getPotentialRecords } from "@/lib/talent/potential-queries";

export const metadata: Metadata = { title: t("talent.person.title") };

type Props = { params: Promise<{ employeeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TalentPersonPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = parseId((await params).employeeId);
  if (id === null) notFound();
  // Null without talent.read (staff, supervisors) exactly as for an unknown person.
  const records = await getPotentialRecords(user, id);
  if (!records) notFound();
  const manages = can(user, "talent.manage");
  const { owner } = records;
  return (
    <>
      <PageHeader
        title={t("talent.person.title")}
        description={
          <>
            <span className="font-medium text-slate-900">{fullName(owner)}</span> · <span className="font-mono">{owner.nip}</span> · {owner.position.name} · {owner.unit.name}
            {can(user, "employee.read.all") ? (
              <>
                {" "}
                ·{" "}
                <Link href={`/employees/${owner.id}`} className="font-medium text-brand-700 hover:underline">
                  {t("talent.person.profile")}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <TalentTabs current="people" />
      <TalentSavedBanner saved={single((await searchParams).saved)} />
      <CurrentBoxCard current={records.current} />
      <h2 className="mb-2 text-base font-semibold text-slate-900">{t("talent.person.listTitle")}</h2>
      {records.scores.length ? (
        <PotentialTable scores={records.scores} manage={manages ? { employeeId: id } : null} />
      ) : (
        <EmptyState title={t("talent.person.empty")} body={manages ? t("talent.person.emptyHr") : t("talent.person.emptyBody")} />
      )}
      {manages ? (
        <Card title={t("talent.person.addTitle")} className="mt-6 max-w-3xl">
          <PotentialForm save={addPotentialAction.bind(null, id)} today={toIsoDate(today())} />
        </Card>
      ) : null}
    </>
  );
}
