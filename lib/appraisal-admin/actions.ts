"use server";

import type { OrgResult } from "@/lib/domain/appraisal/distribution";
import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { finalizeUnitResults } from "./finalize-mutations";
import { ZAppraisalSettings, ZFinalize, ZResetRules, ZRuleSet, ZUnitResult } from "./schemas";
import { resetDistributionRules, saveDistributionRules, updateAppraisalSettings } from "./settings-mutations";
import { setUnitResult } from "./unit-result-mutations";

const toSettings = (saved: string) => ({ revalidate: ["/appraisal-settings"], redirectTo: `/appraisal-settings?saved=${saved}` });

export async function updateAppraisalSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAppraisalSettings, updateAppraisalSettings, () => toSettings("settings"));
}

export async function saveDistributionRulesAction(orgResult: OrgResult, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZRuleSet, (user, data) => saveDistributionRules(user, orgResult, data), () => ({
    revalidate: ["/appraisal-settings", "/appraisal-progress"],
    redirectTo: `/appraisal-settings?saved=rules#rules-${orgResult}`,
  }));
}

export async function resetDistributionRulesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZResetRules, resetDistributionRules, () => toSettings("reset"));
}

export async function setUnitResultAction(unitId: number, year: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUnitResult, (user, data) => setUnitResult(user, unitId, year, data), () => ({
    revalidate: ["/appraisal-settings/units", "/appraisal-progress"],
    redirectTo: `/appraisal-settings/units?year=${year}&saved=${unitId}#unit-${unitId}`,
  }));
}

export async function finalizeUnitResultsAction(unitId: number, year: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZFinalize, (user, data) => finalizeUnitResults(user, unitId, year, data), (outcome) => ({
    revalidate: [`/appraisal-progress/units/${unitId}`, "/appraisal-progress"],
    redirectTo: `/appraisal-progress/units/${unitId}?year=${year}&released=${outcome.released}`,
  }));
}
