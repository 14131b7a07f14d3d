import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmployeeCreateForm } from "@/components/employees/employee-create-form";
import { PageHeader } from "@/components/ui/layout";
import { createEmployeeAction } from "@/lib/employees/actions";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("employees.form.createTitle") };

export default async function NewEmployeePage() {
  const user = await requireUser();
  if (!can(user, "employee.create")) notFound();
  const units = await listUnitTree();
  return (
    <>
      <PageHeader title={t("employees.form.createTitle")} />
      <EmployeeCreateForm save={createEmployeeAction} units={units} />
    </>
  );
}
