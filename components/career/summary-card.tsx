import { Card, DetailList } from "@/components/ui/layout";
import type { CareerPath } from "@/lib/career/career-queries";
import { spanText } from "@/lib/career/kp-text";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { FUNCTIONAL_LEVEL_LABELS, POSITION_TYPE_LABELS } from "@/lib/domain/positions";
import { formatDate, t } from "@/lib/i18n";

/** Pangkat, jabatan, masa kerja and the recent predikat: where the person stands today. */
export function SummaryCard({ path }: { path: CareerPath }) {
  const { profile } = path;
  const type = POSITION_TYPE_LABELS[profile.position.type] + (profile.position.functionalLevel ? ` ${FUNCTIONAL_LEVEL_LABELS[profile.position.functionalLevel]}` : "");
  const items = [
    {
      label: t("career.summary.rank"),
      value: profile.rank ? t("career.summary.rankValue", { rank: `${profile.rank.name} (${profile.rank.code})`, date: formatDate(profile.rankTmt) }) : t("career.summary.noRank"),
    },
    {
      label: t("career.summary.position"),
      value: (
        <>
          {profile.position.name}
          <span className="block text-xs text-slate-500">
            {t("career.summary.positionValue", { type, grade: profile.position.grade, date: formatDate(profile.positionTmt) })}
          </span>
        </>
      ),
    },
    { label: t("career.summary.unit"), value: profile.unit.name },
    { label: t("career.summary.serviceLength"), value: t("common.yearsMonths", { years: profile.serviceLength.years, months: profile.serviceLength.months }) },
    ...(profile.rankTmt ? [{ label: t("career.summary.rankLength"), value: spanText(profile.rankTmt, path.asOf) }] : []),
    { label: t("career.summary.education"), value: EDUCATION_LABELS[profile.educationLevel] },
    {
      label: t("career.summary.predikats"),
      value: path.predikats.length
        ? path.predikats.map((row) => t("career.summary.predikatYear", { year: row.year, predikat: t(`appraisal.predikat.${row.predikat}`) })).join(" · ")
        : t("career.summary.noPredikat"),
    },
  ];
  return (
    <Card title={t("career.summary.title")}>
      <DetailList items={items} />
    </Card>
  );
}

/** KGB and BUP dates. */
export function DatesCard({ path }: { path: CareerPath }) {
  const retirement = path.profile.retirement;
  return (
    <Card title={t("career.dates.title")}>
      <DetailList
        items={[
          {
            label: t("career.dates.kgb"),
            value: (
              <>
                <span data-testid="kgb-date">{formatDate(path.assessment.salaryStep)}</span>
                <span className="block text-xs text-slate-500">{t("career.dates.kgbNote")}</span>
              </>
            ),
          },
          {
            label: t("career.dates.bup"),
            value: retirement ? t("career.dates.bupValue", { age: retirement.age, date: formatDate(retirement.date) }) : t("career.dates.bupUnknown"),
          },
        ]}
      />
    </Card>
  );
}
