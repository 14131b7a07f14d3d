import { fullName } from "@/components/employees/profile-view";
import { ConfirmDeleteForm } from "@/components/records/confirm-delete-form";
import { Badge } from "@/components/ui/layout";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { isTalentPool, potentialLevel } from "@/lib/domain/talent/nine-box";
import { t } from "@/lib/i18n";
import { removeSuccessorAction } from "@/lib/talent/actions";
import type { SuccessionView, SuccessorView } from "@/lib/talent/succession-queries";
import { formatScore, predikatText } from "./box-people-table";

/** The gap to the position in words: pangkat, pendidikan and how many competencies are short. */
function GapCell({ gap }: { gap: SuccessorView["gap"] }) {
  if (gap.met) return <Badge tone="brand">{t("talent.succession.gapMet")}</Badge>;
  const short = gap.competencies.filter((row) => row.gap > 0).length;
  return (
    <ul className="space-y-0.5 text-xs">
      <li>{gap.rank.met ? t("talent.succession.gapRankOk") : t("talent.succession.gapRankShort")}</li>
      <li>{gap.education.met ? t("talent.succession.gapEducationOk") : t("talent.succession.gapEducationShort")}</li>
      <li>{short ? t("talent.succession.gapCompetencies", { n: short }) : t("talent.succession.gapCompetenciesNone")}</li>
    </ul>
  );
}

export function SuccessorTable({ view, manage }: { view: SuccessionView; manage: boolean }) {
  return (
    <Table caption={t("talent.succession.listCaption", { name: view.name })}>
      <thead>
        <tr>
          <Th>{t("talent.columns.name")}</Th>
          <Th>{t("talent.columns.readiness")}</Th>
          <Th>{t("talent.columns.box")}</Th>
          <Th>{t("talent.columns.predikat")}</Th>
          <Th>{t("talent.columns.potential")}</Th>
          <Th>{t("talent.columns.gap")}</Th>
          <Th>{t("talent.columns.note")}</Th>
          {manage ? (
            <ActionsTh />
          ) : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {view.successors.map((row) => {
          const name = fullName(row.employee);
          const level = potentialLevel(row.info.score);
          return (
            <tr key={row.id}>
              <Td>
                <span className="font-medium text-slate-900">{name}</span>
                <span className="block font-mono text-xs text-slate-500">{row.employee.nip}</span>
                <span className="block text-xs text-slate-500">
                  {row.employee.rank?.code ? `${row.employee.rank.code} · ` : ""}
                  {row.employee.position.name} · {row.employee.unit.name}
                </span>
              </Td>
              <Td className="whitespace-nowrap">{t(`enums.successionReadiness.${row.readiness}`)}</Td>
              <Td className="whitespace-nowrap">
                {row.info.box ? <Badge tone={isTalentPool(row.info.box) ? "brand" : "warning"}>{t("talent.grid.box", { box: row.info.box })}</Badge> : t("common.dash")}
                {/* Listed from the pool, but a newer predikat or score can move a person out of it. */}
                {!isTalentPool(row.info.box) ? <span className="mt-1 block text-xs text-amber-800">{t("talent.succession.outOfPool")}</span> : null}
              </Td>
              <Td className="whitespace-nowrap">{predikatText(row.info.predikat, row.info.predikatYear)}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                {row.info.score === null ? t("common.dash") : formatScore(row.info.score)}
                {level ? <span className="block text-xs text-slate-500">{t(`talent.potential.${level}`)}</span> : null}
              </Td>
              <Td>
                <GapCell gap={row.gap} />
              </Td>
              <Td className="max-w-xs break-words">{row.note ?? t("common.dash")}</Td>
              {manage ? (
                <Td>
                  <ConfirmDeleteForm
                    action={removeSuccessorAction.bind(null, view.id, row.id)}
                    label={t("talent.succession.remove")}
                    message={t("talent.succession.removeConfirm", { name, position: view.name })}
                    accessibleLabel={t("talent.succession.removeOf", { name })}
                  />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
