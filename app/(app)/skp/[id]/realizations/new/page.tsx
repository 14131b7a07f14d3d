import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RealizationForm, type IndicatorChoice } from "@/components/skp/realization-form";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { getPlanForEditing } from "@/lib/appraisals/plan-queries";
import { canRecordRealization } from "@/lib/appraisals/plan-rules";
import { NUMERIC_TARGETS } from "@/lib/appraisals/plan-schemas";
import { addRealizationAction } from "@/lib/appraisals/realization-actions";
import { isAfter, toIsoDate } from "@/lib/domain/dates";
import { formatDate, t } from "@/lib/i18n";
import { idParam, single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("skp.realization.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewRealizationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // The employee's own SKP only (the same scope as the editor).
  const found = await getPlanForEditing(user, id);
  if (!found) notFound();
  const skp = found.appraisal;
  const back = `/skp/${id}`;
  const header = <PageHeader title={t("skp.realization.title")} description={t("skp.periods.caption", { from: formatDate(skp.periodStart), to: formatDate(skp.periodEnd) })} />;
  if (!canRecordRealization(skp.status)) {
    return (
      <>
        {header}
        <EmptyState
          title={t(skp.status === "CLOSED" ? "skp.errors.plan.ALREADY_CLOSED" : "skp.errors.realizationNeedsAgreed")}
          action={<LinkButton href={back}>{t("skp.editor.backToSkp")}</LinkButton>}
        />
      </>
    );
  }
  const indicators: IndicatorChoice[] = skp.results.flatMap((result, i) =>
    result.indicators.map((indicator, j) => ({
      id: indicator.id,
      label: `${i + 1}.${j + 1} ${indicator.text} — ${result.text}`,
      numeric: NUMERIC_TARGETS.has(indicator.targetKind),
      unit: indicator.targetUnit,
    })),
  );
  const wanted = single((await searchParams).indicator) ?? "";
  const now = today();
  const last = isAfter(now, skp.periodEnd) ? skp.periodEnd : now;
  return (
    <>
      {header}
      <Card className="max-w-3xl">
        <RealizationForm
          action={addRealizationAction.bind(null, id)}
          indicators={indicators}
          defaultIndicator={indicators.some((i) => String(i.id) === wanted) ? wanted : ""}
          min={toIsoDate(skp.periodStart)}
          max={toIsoDate(last)}
          cancelHref={back}
        />
      </Card>
    </>
  );
}
