import type { Metadata } from "next";
import { EducationForm } from "@/components/employees/history-forms";
import { HistoryHeader, loadHistoryTarget } from "@/components/employees/history-page";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { addEducationAction } from "@/lib/employees/actions";
import { t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";

export const metadata: Metadata = { title: t("employees.history.educationTitle") };

export default async function AddEducationPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await idParam(params);
  const profile = await loadHistoryTarget(id);
  return (
    <>
      <HistoryHeader title={t("employees.history.educationTitle")} profile={profile} current={t("employees.history.current", { value: EDUCATION_LABELS[profile.educationLevel] })} />
      <EducationForm save={addEducationAction.bind(null, id)} version={profile.version} />
    </>
  );
}
