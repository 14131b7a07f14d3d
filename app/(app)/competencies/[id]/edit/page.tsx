import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompetencyForm } from "@/components/competencies/competency-form";
import { PageHeader } from "@/components/ui/layout";
import { updateCompetencyAction } from "@/lib/competencies/actions";
import { getCompetency } from "@/lib/competencies/queries";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("competencies.editTitle") };

export default async function EditCompetencyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "competency.manage")) notFound();
  const id = parseId((await params).id);
  const competency = id ? await getCompetency(id) : null;
  if (!competency) notFound();
  return (
    <>
      <PageHeader title={t("competencies.editTitle")} description={competency.name} />
      <CompetencyForm
        save={updateCompetencyAction.bind(null, competency.id)}
        defaults={{ code: competency.code, name: competency.name, kind: competency.kind, maxLevel: String(competency.maxLevel), version: competency.version }}
      />
    </>
  );
}
