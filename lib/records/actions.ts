"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { addAward, deleteAward } from "./award-mutations";
import { addCompetencyAssessment, deleteCompetencyAssessment } from "./competency-mutations";
import { addSanction, deleteSanction, updateSanction } from "./sanction-mutations";
import { ZAddAssessment, ZAward, ZDeleteSanction, ZNoFields, ZSanction, ZUpdateSanction } from "./schemas";

// Every action re-checks the session (handleForm) and the mutation authorizes and scopes by itself:
// the bound ids reach the browser in plain text.

const competencies = (employeeId: number, saved: string) => ({
  revalidate: [`/employees/${employeeId}/competencies`],
  redirectTo: `/employees/${employeeId}/competencies?saved=${saved}`,
});
const records = (employeeId: number, saved: string, anchor: string) => ({
  revalidate: [`/employees/${employeeId}/records`],
  redirectTo: `/employees/${employeeId}/records?saved=${saved}#${anchor}`,
});

export async function addAssessmentAction(employeeId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAddAssessment, (user, data) => addCompetencyAssessment(user, employeeId, data), () => competencies(employeeId, "assessment"));
}

export async function deleteAssessmentAction(employeeId: number, assessmentId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZNoFields, (user) => deleteCompetencyAssessment(user, employeeId, assessmentId), () => competencies(employeeId, "assessmentDeleted"));
}

export async function addAwardAction(employeeId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAward, (user, data) => addAward(user, employeeId, data), () => records(employeeId, "award", "awards"));
}

export async function deleteAwardAction(employeeId: number, awardId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZNoFields, (user) => deleteAward(user, employeeId, awardId), () => records(employeeId, "awardDeleted", "awards"));
}

export async function addSanctionAction(employeeId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZSanction, (user, data) => addSanction(user, employeeId, data), () => records(employeeId, "sanction", "sanctions"));
}

export async function updateSanctionAction(employeeId: number, sanctionId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUpdateSanction, (user, data) => updateSanction(user, employeeId, sanctionId, data), () => records(employeeId, "sanctionUpdated", "sanctions"));
}

export async function deleteSanctionAction(employeeId: number, sanctionId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZDeleteSanction, (user, data) => deleteSanction(user, employeeId, sanctionId, data.version), () => records(employeeId, "sanctionDeleted", "sanctions"));
}
