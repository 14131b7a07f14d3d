import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmployeeEditForm } from "@/components/employees/employee-edit-form";
import { fullName } from "@/components/employees/profile-view";
import { PageHeader } from "@/components/ui/layout";
import { toIsoDate } from "@/lib/domain/dates";
import { updateEmployeeAction } from "@/lib/employees/actions";
import { getEmployeeProfile } from "@/lib/employees/queries";
import { t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("employees.form.editTitle") };

export default async function EditEmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idParam(params);
  if (!can(user, "employee.update")) notFound();
  const profile = await getEmployeeProfile(user, id);
  if (!profile) notFound();
  return (
    <>
      <PageHeader title={t("employees.form.editTitle")} description={fullName(profile)} />
      <EmployeeEditForm
        save={updateEmployeeAction.bind(null, id)}
        version={profile.version}
        status={profile.status}
        defaults={{
          nip: profile.nip,
          name: profile.name,
          frontTitle: profile.frontTitle ?? "",
          backTitle: profile.backTitle ?? "",
          gender: profile.gender,
          birthPlace: profile.birthPlace,
          birthDate: toIsoDate(profile.birthDate),
          serviceStart: toIsoDate(profile.serviceStart),
          email: profile.email ?? "",
          phone: profile.phone ?? "",
          supervisorNip: profile.supervisor?.nip ?? "",
        }}
      />
    </>
  );
}
