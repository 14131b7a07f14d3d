import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { AdminSummary } from "@/components/home/admin-summary";
import { AppraisalTodo } from "@/components/home/appraisal-todo";
import { TeamSummary } from "@/components/home/team-summary";
import { Card, DetailList, PageHeader } from "@/components/ui/layout";
import { getEmployeeProfile } from "@/lib/employees/queries";
import { today } from "@/lib/clock";
import { getDecisionQueueCount, getPendingFeedbackCount } from "@/lib/evaluations/queries";
import { getAdminSummary, getAppraisalTodo, getTeamSummary } from "@/lib/home/queries";
import { formatDate, t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

// What matters to each role, and only what exists: own career and appraisal to-dos for everyone,
// the team for a supervisor, the overview for HR.
export default async function HomePage() {
  const user = await requireUser();
  const year = today().getUTCFullYear();
  const [profile, team, admin, todo, appeals, feedback] = await Promise.all([
    getEmployeeProfile(user, user.employeeId),
    can(user, "employee.read.team") ? getTeamSummary(user) : null,
    can(user, "employee.read.all") ? getAdminSummary(user) : null,
    getAppraisalTodo(user, year),
    getDecisionQueueCount(user),
    getPendingFeedbackCount(user),
  ]);
  return (
    <>
      <PageHeader title={t("home.greeting", { name: profile ? fullName(profile) : user.name })} />
      <div className="grid gap-6 lg:grid-cols-2">
        {profile ? (
          <Card title={t("home.career")} actions={<Link className="text-sm font-medium text-brand-700 hover:underline" href="/profile">{t("home.careerLink")}</Link>}>
            <DetailList
              items={[
                { label: t("profile.rank"), value: profile.rank ? `${profile.rank.name} (${profile.rank.code})` : t("profile.noRank") },
                { label: t("profile.position"), value: profile.position.name },
                { label: t("profile.unit"), value: profile.unit.name },
                { label: t("profile.serviceLength"), value: t("common.yearsMonths", { years: profile.serviceLength.years, months: profile.serviceLength.months }) },
                {
                  label: t("profile.retirement"),
                  value: profile.retirement ? t("profile.retirementValue", { age: profile.retirement.age, date: formatDate(profile.retirement.date) }) : t("profile.retirementUnknown"),
                },
              ]}
            />
          </Card>
        ) : null}
        <AppraisalTodo year={year} todo={todo} appeals={appeals} feedback={feedback} ownsSkp={can(user, "appraisal.own")} manages={can(user, "appraisal.manage")} />
        {team ? <TeamSummary team={team} /> : null}
        {admin ? <AdminSummary summary={admin} /> : null}
      </div>
    </>
  );
}
