import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/layout";
import type { getAdminSummary } from "@/lib/home/queries";
import { formatDateTime, formatNumber, t } from "@/lib/i18n";

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md bg-slate-50 p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-slate-900">{formatNumber(value)}</dd>
    </div>
  );
}

export function AdminSummary({ summary }: { summary: Awaited<ReturnType<typeof getAdminSummary>> }) {
  return (
    <Card title={t("home.admin")} actions={<LinkButton href="/employees/new">{t("home.addEmployee")}</LinkButton>} className="lg:col-span-2">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="admin-stats">
        <Stat label={t("home.adminEmployees")} value={summary.pns + summary.pppk} />
        <Stat label={t("home.adminPns")} value={summary.pns} />
        <Stat label={t("home.adminPppk")} value={summary.pppk} />
        <Stat label={t("home.adminUnits")} value={summary.units} />
        <Stat label={t("home.adminPositions")} value={summary.positions} />
      </dl>
      {summary.recent.length ? (
        <div className="mt-5">
          <div className="mb-2 flex items-center justify-between">
            <h3 className="text-sm font-semibold text-slate-800">{t("home.recentAudit")}</h3>
            <Link className="text-sm font-medium text-brand-700 hover:underline" href="/audit">
              {t("home.recentAuditLink")}
            </Link>
          </div>
          <ul className="divide-y divide-slate-100 text-sm">
            {summary.recent.map((row) => (
              <li key={row.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                <span>
                  <span className="font-mono text-xs">{row.action}</span> · {row.entityType}
                  {row.entityId ? ` #${row.entityId}` : ""} · {row.actorName ?? t("home.system")}
                </span>
                <span className="text-xs text-slate-500">{formatDateTime(row.at)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
