// The Indonesian sentence for each refusal of the evaluation state machine, so every out-of-order
// action (from a form, a stale tab or a forged request) gets the same clear answer.

import type { EvaluationError } from "@/lib/domain/appraisal/evaluation-state";
import { t } from "@/lib/i18n";

export function transitionMessage(error: EvaluationError): string {
  return t(`evaluations.transition.${error}`);
}
