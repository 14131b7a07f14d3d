import { fullName } from "@/components/employees/profile-view";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { removeCandidateAction } from "@/lib/promotions/actions";
import { readConditions } from "@/lib/promotions/conditions";
import type { CandidateRow } from "@/lib/promotions/queries";
import { t } from "@/lib/i18n";
import { rankCode } from "./candidate-heading";
import { ConditionList } from "./condition-list";
import { RemoveCandidateForm } from "./round-forms";

/** HR's review list: each row with its unmet conditions in plain Indonesian (all of them when eligible: none). */
export function CandidateTable({ rows, periodTmt, editable }: { rows: CandidateRow[]; periodTmt: Date; editable: boolean }) {
  return (
    <Table caption={t("promotions.candidates.caption")}>
      <thead>
        <tr>
          <Th>{t("promotions.columns.employee")}</Th>
          <Th>{t("promotions.columns.rank")}</Th>
          <Th>{t("promotions.columns.route")}</Th>
          <Th>{t("promotions.columns.result")}</Th>
          <Th>{t("promotions.columns.decision")}</Th>
          {editable ? <Th>{t("promotions.columns.actions")}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid={`candidate-${row.employee.nip}`}>
            <Td>
              <p className="font-medium">{fullName(row.employee)}</p>
              <p className="text-xs text-slate-500">{row.employee.nip}</p>
              <p className="text-xs text-slate-500">{row.employee.unit.name}</p>
            </Td>
            <Td className="whitespace-nowrap">
              {rankCode(row.fromRankId)} → {rankCode(row.toRankId)}
            </Td>
            <Td>
              <p>{t(`enums.promotionRoute.${row.route}`)}</p>
              {row.proposed ? <Badge tone="brand">{t("promotions.candidates.proposed")}</Badge> : null}
              {row.addedById ? <Badge tone="neutral">{t("promotions.candidates.added")}</Badge> : null}
            </Td>
            <Td className="min-w-72">
              <Badge tone={row.eligible ? "brand" : "warning"}>{row.eligible ? t("promotions.candidates.eligible") : t("promotions.candidates.notEligible")}</Badge>
              <div className="mt-1">
                <ConditionList conditions={readConditions(row.conditions)} asOf={periodTmt} educationLevel={row.employee.educationLevel} onlyUnmet />
              </div>
              {row.justification ? <p className="mt-1 text-xs text-slate-600">{t("promotions.candidates.justification", { text: row.justification })}</p> : null}
            </Td>
            <Td>
              {row.decision ? <Badge tone={row.decision === "APPROVED" ? "brand" : "danger"}>{t(`enums.committeeDecision.${row.decision}`)}</Badge> : t("common.dash")}
              {row.decisionReason ? <p className="mt-1 text-xs text-slate-600">{row.decisionReason}</p> : null}
              {row.skNumber ? <p className="mt-1 text-xs text-slate-500">{t("promotions.candidates.sk", { number: row.skNumber })}</p> : null}
            </Td>
            {editable ? (
              <Td>{row.addedById ? <RemoveCandidateForm action={removeCandidateAction.bind(null, row.id)} version={row.version} name={fullName(row.employee)} /> : null}</Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
