import { Badge } from "@/components/ui/layout";
import type { EvaluationStatus } from "@/lib/domain/appraisal/evaluation-state";
import type { PlanStatus } from "@/lib/domain/appraisal/plan-state";
import type { Predikat } from "@/lib/domain/predikat";
import { t } from "@/lib/i18n";

const PLAN_TONES = { DRAFT: "warning", SUBMITTED: "info", AGREED: "brand", CLOSED: "neutral" } as const;

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <Badge tone={PLAN_TONES[status]}>{t(`appraisal.planStatus.${status}`)}</Badge>;
}

const DONE: ReadonlySet<string> = new Set(["RATED", "RELEASED", "ACKNOWLEDGED", "FINAL"]);

export function EvaluationStatusBadge({ status }: { status: EvaluationStatus | "NOT_STARTED" }) {
  const tone = DONE.has(status) ? "brand" : status === "APPEALED" ? "warning" : status === "NOT_STARTED" ? "neutral" : "info";
  return <Badge tone={tone}>{t(`appraisal.evaluationStatus.${status}`)}</Badge>;
}

export function PredikatText({ predikat }: { predikat: Predikat | null }) {
  return predikat ? <span className="font-medium text-slate-900">{t(`appraisal.predikat.${predikat}`)}</span> : <span className="text-slate-500">{t("common.dash")}</span>;
}
