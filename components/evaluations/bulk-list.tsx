import Link from "next/link";
import { rateBulkAction } from "@/lib/evaluations/actions";
import type { BulkRow } from "@/lib/evaluations/bulk-queries";
import { formatDate, t } from "@/lib/i18n";
import { BulkRowForm } from "./bulk-row-form";
import { refusalText, StatusBadge } from "./evaluation-sections";

/** One card per person: who, the self-assessment excerpt, then their inline form (or why not). */
export function BulkList({ rows, slug, year }: { rows: BulkRow[]; slug: string; year: number }) {
  return (
    <ol className="space-y-4">
      {rows.map((row) => {
        const href = `/skp/${row.appraisalId}/evaluations/${slug}`;
        const refusal = row.refusal ? refusalText({ ok: false, error: row.refusal }) : null;
        return (
          <li key={row.appraisalId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
              <div>
                <h2 className="text-base font-semibold text-slate-900">
                  <Link href={href} className="hover:underline">
                    {row.employee.name}
                  </Link>
                </h2>
                <p className="text-xs text-slate-500">
                  {row.employee.nip} · {row.position} · {formatDate(row.period.start)} – {formatDate(row.period.end)}
                </p>
              </div>
              <StatusBadge status={row.status ?? "OPEN"} />
            </div>
            <div className="mb-3 rounded-md bg-slate-50 p-3 text-sm">
              <p className="font-medium text-slate-800">{t("evaluations.bulk.selfAssessment")}</p>
              <p className="mt-1 whitespace-pre-line text-slate-700">{row.excerpt ?? t("evaluations.bulk.noSelfAssessment")}</p>
            </div>
            {refusal ? (
              <p className="text-sm text-slate-700">{refusal}</p>
            ) : (
              <BulkRowForm
                save={rateBulkAction.bind(null, row.appraisalId, slug)}
                name={row.employee.name}
                version={row.version}
                fullFormHref={href}
                defaults={{ workRating: row.workRating, behaviourRating: row.behaviourRating, feedback: row.feedback }}
                distribution={row.distribution === undefined ? undefined : { info: row.distribution ? { ...row.distribution.context, remove: row.distribution.remove, year } : null }}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
