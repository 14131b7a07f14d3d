import Link from "next/link";
import { Card } from "@/components/ui/layout";
import type { getTeamSummary } from "@/lib/home/queries";
import { t } from "@/lib/i18n";

export function TeamSummary({ team }: { team: Awaited<ReturnType<typeof getTeamSummary>> }) {
  return (
    <Card title={t("home.team")} actions={<Link className="text-sm font-medium text-brand-700 hover:underline" href="/employees">{t("home.teamLink")}</Link>}>
      {team.direct === 0 ? (
        <p className="text-sm text-slate-600">{t("home.teamEmpty")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("home.teamCounts", { direct: team.direct, total: team.total })}</p>
          <ul className="divide-y divide-slate-100" data-testid="team-list">
            {team.reports.map((person) => (
              <li key={person.id} className="py-2">
                <Link className="text-sm font-medium text-brand-700 hover:underline" href={`/employees/${person.id}`}>
                  {person.name}
                </Link>
                <span className="block text-xs text-slate-500">{person.position.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
