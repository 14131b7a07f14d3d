import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fullName, ProfileView } from "@/components/employees/profile-view";
import { PageHeader } from "@/components/ui/layout";
import { getEmployeeProfile } from "@/lib/employees/queries";
import { t } from "@/lib/i18n";
import { authorize } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("profile.title") };

export default async function ProfilePage() {
  const user = await requireUser();
  authorize(user, "profile.read");
  const profile = await getEmployeeProfile(user, user.employeeId);
  if (!profile) notFound();
  return (
    <>
      <PageHeader title={t("profile.title")} description={fullName(profile)} />
      <ProfileView profile={profile} linkSupervisor={false} />
    </>
  );
}
