import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompetencyForm } from "@/components/competencies/competency-form";
import { PageHeader } from "@/components/ui/layout";
import { createCompetencyAction } from "@/lib/competencies/actions";
import { t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("competencies.newTitle") };

export default async function NewCompetencyPage() {
  const user = await requireUser();
  if (!can(user, "competency.manage")) notFound();
  return (
    <>
      <PageHeader title={t("competencies.newTitle")} />
      <CompetencyForm save={createCompetencyAction} defaults={{ code: "", name: "", kind: "", maxLevel: "5" }} />
    </>
  );
}
