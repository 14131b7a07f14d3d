import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenPairForm } from "@/components/mentoring/open-pair-form";
import { PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { openPairAction } from "@/lib/mentoring/actions";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("mentoring.open.title") };

export default async function OpenPairPage() {
  const user = await requireUser();
  if (!can(user, "mentoring.open")) notFound();
  const hr = can(user, "mentoring.read.all");
  return (
    <>
      <PageHeader title={t("mentoring.open.title")} description={hr ? t("mentoring.open.descriptionHr") : t("mentoring.open.descriptionTeam")} />
      <OpenPairForm save={openPairAction} hr={hr} defaults={{ startDate: toIsoDate(today()) }} />
    </>
  );
}
