import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { TeamCell, TeamOverview } from "@/lib/evaluations/queries";
import { formatDate, t } from "@/lib/i18n";

/** Overdue is said in words (and a border), never by colour alone. */
function Overdue() {
  return (
    <span className="mt-1 block">
      <Badge tone="danger">{t("evaluations.team.overdue")}</Badge>
    </span>
  );
}

function Cell({ appraisalId, cell }: { appraisalId: number; cell: TeamCell }) {
  if (!cell.inRange || !cell.status) return <span className="text-xs text-slate-400">{t("evaluations.team.outside")}</span>;
  const done = ["RATED", "RELEASED", "ACKNOWLEDGED", "APPEALED", "FINAL"].includes(cell.status);
  return (
    <Link
      href={`/skp/${appraisalId}/evaluations/${cell.slug}`}
      aria-label={`${cell.name}: ${t(`appraisal.evaluationStatus.${cell.status}`)}${cell.overdue ? `, ${t("evaluations.team.overdue")}` : ""}`}
      className={`block rounded-md border px-2 py-1 hover:bg-slate-50 ${cell.overdue ? "border-red-300" : "border-transparent"}`}
    >
      <Badge tone={done ? "brand" : cell.status === "SELF_ASSESSED" ? "info" : "neutral"}>{t(`appraisal.evaluationStatus.${cell.status}`)}</Badge>
      {cell.predikat ? <span className="mt-1 block text-xs text-slate-700">{t(`appraisal.predikat.${cell.predikat as "BAIK"}`)}</span> : null}
      {cell.overdue ? <Overdue /> : null}
    </Link>
  );
}

export function TeamTable({ overview }: { overview: TeamOverview }) {
  return (
    <Table caption={t("evaluations.team.title")}>
      <thead>
        <tr>
          <Th>{t("evaluations.team.name")}</Th>
          <Th>{t("evaluations.team.position")}</Th>
          <Th>{t("evaluations.team.plan")}</Th>
          {overview.columns.map((column) => (
            <Th key={`${column.key.kind}${column.key.periodNo}`} className="whitespace-nowrap">
              {column.name}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {overview.rows.map((row) => (
          <tr key={row.id} className={row.planOverdue ? "bg-red-50/40" : undefined}>
            <Td className="min-w-48">
              <Link href={`/skp/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.employee.name}
              </Link>
              <span className="block font-mono text-xs text-slate-500">{row.employee.nip}</span>
              <span className="block text-xs text-slate-500">{t("evaluations.team.skpRange", { start: formatDate(row.periodStart), end: formatDate(row.periodEnd) })}</span>
            </Td>
            <Td className="min-w-40">{row.position.name}</Td>
            <Td className="whitespace-nowrap">
              <Badge tone={row.status === "AGREED" ? "brand" : row.status === "SUBMITTED" ? "info" : "neutral"}>{t(`appraisal.planStatus.${row.status}`)}</Badge>
              {row.planOverdue ? <Overdue /> : null}
            </Td>
            {row.cells.map((cell) => (
              <Td key={cell.slug} className="min-w-28">
                <Cell appraisalId={row.id} cell={cell} />
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
