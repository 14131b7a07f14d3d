import Link from "next/link";
import { Badge, Card, DetailList } from "@/components/ui/layout";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { POSITION_TYPE_LABELS, FUNCTIONAL_LEVEL_LABELS } from "@/lib/domain/positions";
import type { EmployeeProfile } from "@/lib/employees/queries";
import { formatDate, t } from "@/lib/i18n";
import { ProfileTimeline } from "./profile-timeline";

export function fullName(person: { name: string; frontTitle: string | null; backTitle: string | null }): string {
  return [person.frontTitle, person.name].filter(Boolean).join(" ") + (person.backTitle ? `, ${person.backTitle}` : "");
}

/** Identity, employment and history of one employee: the same view for "Profil Saya" and HR. */
export function ProfileView({ profile, linkSupervisor }: { profile: EmployeeProfile; linkSupervisor: boolean }) {
  const isPns = profile.status === "PNS";
  const positionType = POSITION_TYPE_LABELS[profile.position.type] + (profile.position.functionalLevel ? ` — ${FUNCTIONAL_LEVEL_LABELS[profile.position.functionalLevel]}` : "");
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card title={t("profile.employment")}>
          <DetailList
            items={[
              {
                label: t("profile.rank"),
                value: profile.rank ? (
                  <>
                    {profile.rank.name} ({profile.rank.code})
                    <span className="block text-xs text-slate-500">{t("profile.rankTmt", { date: formatDate(profile.rankTmt) })}</span>
                  </>
                ) : (
                  t("profile.noRank")
                ),
              },
              {
                label: t("profile.position"),
                value: (
                  <>
                    {profile.position.name}
                    <span className="block text-xs text-slate-500">
                      {positionType} · {t("profile.grade", { grade: profile.position.grade })} · TMT {formatDate(profile.positionTmt)}
                    </span>
                  </>
                ),
              },
              { label: t("profile.unit"), value: profile.unit.name },
              {
                label: t("profile.supervisor"),
                value: profile.supervisor ? (
                  <>
                    {linkSupervisor ? (
                      <Link className="font-medium text-brand-700 hover:underline" href={`/employees/${profile.supervisor.id}`}>
                        {profile.supervisor.name}
                      </Link>
                    ) : (
                      profile.supervisor.name
                    )}
                    <span className="block text-xs text-slate-500">{profile.supervisor.position.name}</span>
                  </>
                ) : (
                  t("profile.noSupervisor")
                ),
              },
              { label: t("profile.serviceLength"), value: t("common.yearsMonths", { years: profile.serviceLength.years, months: profile.serviceLength.months }) },
              {
                label: t("profile.retirement"),
                value: profile.retirement
                  ? t("profile.retirementValue", { age: profile.retirement.age, date: formatDate(profile.retirement.date) })
                  : t("profile.retirementUnknown"),
              },
            ]}
          />
        </Card>
        <Card title={t("profile.timeline")}>
          <ProfileTimeline profile={profile} />
        </Card>
      </div>
      <Card title={t("profile.identity")} className="h-fit">
        <DetailList
          items={[
            { label: isPns ? t("profile.nip") : t("profile.niPppk"), value: <span className="font-mono" data-testid="profile-nip">{profile.nip}</span> },
            { label: t("profile.status"), value: <Badge tone={isPns ? "brand" : "info"}>{t(`enums.status.${profile.status}`)}</Badge> },
            { label: t("profile.gender"), value: t(`enums.gender.${profile.gender}`) },
            { label: t("profile.birth"), value: `${profile.birthPlace}, ${formatDate(profile.birthDate)}` },
            { label: isPns ? t("profile.serviceStart") : t("profile.serviceStartPppk"), value: formatDate(profile.serviceStart) },
            { label: t("profile.education"), value: EDUCATION_LABELS[profile.educationLevel] },
            { label: t("profile.email"), value: profile.email ?? t("common.dash") },
            { label: t("profile.phone"), value: profile.phone ?? t("common.dash") },
          ]}
        />
      </Card>
    </div>
  );
}
