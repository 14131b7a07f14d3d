import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/layout";
import { getEmployeeProfile, type EmployeeProfile } from "@/lib/employees/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { fullName } from "./profile-view";

/** Shared frame of the three "add history" pages: HR only, the employee must exist. */
export async function loadHistoryTarget(id: number): Promise<EmployeeProfile> {
  const user = await requireUser();
  if (!can(user, "employee.update")) notFound();
  const profile = await getEmployeeProfile(user, id);
  if (!profile) notFound();
  return profile;
}

export function HistoryHeader({ title, profile, current }: { title: string; profile: EmployeeProfile; current: string }) {
  return <PageHeader title={title} description={`${fullName(profile)} · ${current}`} />;
}
