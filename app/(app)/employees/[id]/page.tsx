import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerLink } from "@/components/career/career-link";
import { fullName, ProfileView } from "@/components/employees/profile-view";
import { SavedBanner } from "@/components/employees/saved-banner";
import { RecordLinks } from "@/components/records/record-links";
import { AccountForm, ResetPasswordForm } from "@/components/users/account-forms";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { getEmployeeProfile } from "@/lib/employees/queries";
import { formatDateTime, t } from "@/lib/i18n";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { resetPasswordAction, updateAccountAction } from "@/lib/users/actions";

export const metadata: Metadata = { title: t("employees.detailTitle") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmployeePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  const manages = can(user, "user.manage");
  // Scoped in the query: outside the user's reach is the same as not existing.
  const profile = await getEmployeeProfile(user, id, { withAccount: manages });
  if (!profile) notFound();
  const saved = single((await searchParams).saved);
  const edits = can(user, "employee.update");
  return (
    <>
      <PageHeader
        title={fullName(profile)}
        description={`${profile.position.name} · ${profile.unit.name}`}
        actions={
          edits ? (
            <>
              <LinkButton href={`/employees/${id}/edit`}>{t("employees.actions.edit")}</LinkButton>
              {profile.status === "PNS" ? (
                <LinkButton variant="secondary" href={`/employees/${id}/history/rank`}>
                  {t("employees.actions.addRank")}
                </LinkButton>
              ) : null}
              <LinkButton variant="secondary" href={`/employees/${id}/history/position`}>
                {t("employees.actions.addPosition")}
              </LinkButton>
              <LinkButton variant="secondary" href={`/employees/${id}/history/education`}>
                {t("employees.actions.addEducation")}
              </LinkButton>
            </>
          ) : null
        }
      />
      <div className="mb-4">
        <SavedBanner saved={saved} />
      </div>
      <CareerLink employeeId={id} />
      <RecordLinks employeeId={id} />
      <ProfileView profile={profile} linkSupervisor={can(user, "employee.read.all")} />
      {manages && profile.account ? (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <Card title={t("employees.account.title")}>
            <p className="mb-3 text-sm text-slate-600">
              {t("employees.account.lastLogin")}: {profile.account.lastLoginAt ? formatDateTime(profile.account.lastLoginAt) : t("employees.account.never")}
              {profile._count.reports ? ` · ${t("employees.account.reports", { n: profile._count.reports })}` : ""}
            </p>
            <AccountForm save={updateAccountAction.bind(null, id)} account={profile.account} />
          </Card>
          <Card title={t("employees.account.resetTitle")}>
            <ResetPasswordForm save={resetPasswordAction.bind(null, id)} version={profile.account.sessionVersion} />
          </Card>
        </div>
      ) : null}
    </>
  );
}
