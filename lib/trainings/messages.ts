import { t } from "@/lib/i18n";
import type { EligibilityProblem, StepRefusal } from "./rules";

// The rules return codes; these are the sentences a person reads for them.

export function eligibilityText(problem: EligibilityProblem): string {
  return t(`trainings.eligibility.${problem}`);
}

export function refusalText(refusal: StepRefusal): string {
  return t(`trainings.refusals.${refusal}`);
}
