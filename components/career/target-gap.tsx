import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/layout";
import type { TargetView } from "@/lib/career/target-view-queries";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { rankById } from "@/lib/domain/ranks";
import { formatDate, t } from "@/lib/i18n";

const rankText = (id: number | null) => (id === null ? null : (rankById(id)?.code ?? null));

function State({ met }: { met: boolean }) {
  return <Badge tone={met ? "brand" : "danger"}>{met ? t("career.kp.met") : t("career.kp.unmet")}</Badge>;
}

/** Requirements of the target position against what the person has, and trainings for the gaps. */
export function TargetGap({ target }: { target: TargetView }) {
  const { gap } = target;
  return (
    <div className="space-y-4">
      {gap.met ? <p className="text-sm font-medium text-brand-800">{t("career.target.allMet")}</p> : null}
      <Table caption={t("career.target.gapCaption")}>
        <thead>
          <tr>
            <Th>{t("career.target.requirement")}</Th>
            <Th>{t("career.target.required")}</Th>
            <Th>{t("career.target.actual")}</Th>
            <Th>{t("career.target.gap")}</Th>
            <Th>{t("career.target.status")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="target-gap">
          <tr>
            <Td className="font-medium">{t("career.target.rankRow")}</Td>
            <Td>{rankText(gap.rank.required) ?? t("career.target.noRequirement")}</Td>
            <Td>{rankText(gap.rank.actual) ?? t("career.target.noRank")}</Td>
            <Td>{gap.rank.met ? t("common.dash") : rankText(gap.rank.required)}</Td>
            <Td>
              <State met={gap.rank.met} />
            </Td>
          </tr>
          <tr>
            <Td className="font-medium">{t("career.target.educationRow")}</Td>
            <Td>{gap.education.required ? EDUCATION_LABELS[gap.education.required] : t("career.target.noRequirement")}</Td>
            <Td>{EDUCATION_LABELS[gap.education.actual]}</Td>
            <Td>{gap.education.met || !gap.education.required ? t("common.dash") : EDUCATION_LABELS[gap.education.required]}</Td>
            <Td>
              <State met={gap.education.met} />
            </Td>
          </tr>
          {target.competencies.map((row) => (
            <tr key={row.id}>
              <Td>
                <span className="font-medium">{row.name}</span>
                <span className="block text-xs text-slate-500">
                  {row.code} · {t(`enums.competencyKind.${row.kind}`)}
                </span>
              </Td>
              <Td>{t("career.target.levelOf", { level: row.required })}</Td>
              <Td>{row.actual === null ? t("career.target.notAssessed") : t("career.target.levelOf", { level: row.actual })}</Td>
              <Td>{row.gap === 0 ? t("common.dash") : t("career.target.levels", { n: row.gap })}</Td>
              <Td>
                <State met={row.gap === 0} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {target.competencies.length === 0 ? <p className="text-sm text-slate-600">{t("career.target.noStandard")}</p> : null}
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("career.target.trainings")}</h3>
        {target.trainings.length === 0 ? (
          <p className="text-sm text-slate-600">{t("career.target.noTrainings")}</p>
        ) : (
          <ul aria-label={t("career.target.trainingsCaption")} className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="target-trainings">
            {target.trainings.map((training) => (
              <li key={training.id} className="px-3 py-2 text-sm">
                <Link className="font-medium text-brand-700 hover:underline" href={`/trainings/${training.id}`}>
                  {training.title}
                </Link>
                <span className="block text-xs text-slate-600">
                  {training.startDate.getTime() === training.endDate.getTime()
                    ? formatDate(training.startDate)
                    : t("career.target.trainingDates", { start: formatDate(training.startDate), end: formatDate(training.endDate) })}{" "}
                  ·{" "}
                  {t("career.target.trainingFor", { names: training.competencyNames.join(", ") })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
