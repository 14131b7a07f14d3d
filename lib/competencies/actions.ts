"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { createCompetency, deleteCompetency, updateCompetency } from "./mutations";
import { ZCreateCompetency, ZDeleteCompetency, ZUpdateCompetency } from "./schemas";

// Competency names and levels are shown in every position's standard.
const backTo = (saved: string) => ({ revalidate: ["/competencies", "/positions"], redirectTo: `/competencies?saved=${saved}` });

export async function createCompetencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZCreateCompetency, createCompetency, () => backTo("created"));
}

export async function updateCompetencyAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUpdateCompetency, (user, data) => updateCompetency(user, id, data), () => backTo("updated"));
}

export async function deleteCompetencyAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZDeleteCompetency, (user, data) => deleteCompetency(user, id, data.version), () => backTo("deleted"));
}
