import { fullName } from "@/components/employees/profile-view";
import { Badge } from "@/components/ui/layout";
import { rankById } from "@/lib/domain/ranks";
import { t } from "@/lib/i18n";
import type { CandidateRow } from "@/lib/promotions/queries";

export const rankCode = (id: number | null) => (id === null ? t("common.dash") : (rankById(id)?.code ?? t("common.dash")));

/** Who, where, pangkat now → proposed, route and verdict: the first lines of a candidate everywhere. */
export function CandidateHeading({ row }: { row: CandidateRow }) {
  return (
    <div>
      <p className="font-medium text-slate-900">{fullName(row.employee)}</p>
      <p className="text-xs text-slate-500">
        {row.employee.nip} · {row.employee.unit.name}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>
          {rankCode(row.fromRankId)} → {rankCode(row.toRankId)}
        </span>
        <Badge tone="info">{t(`enums.promotionRoute.${row.route}`)}</Badge>
        <Badge tone={row.eligible ? "brand" : "warning"}>{row.eligible ? t("promotions.candidates.eligible") : t("promotions.candidates.notEligible")}</Badge>
        {row.addedById ? <Badge tone="neutral">{t("promotions.candidates.added")}</Badge> : null}
      </p>
    </div>
  );
}
