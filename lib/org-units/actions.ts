"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { createOrgUnit, deleteOrgUnit, updateOrgUnit } from "./mutations";
import { ZCreateOrgUnit, ZUpdateOrgUnit, ZDeleteOrgUnit } from "./schemas";

// Unit changes show up wherever units are listed (positions, the directory's unit filter).
const backTo = (saved: string) => ({ revalidate: ["/org-units", "/positions", "/employees"], redirectTo: `/org-units?saved=${saved}` });

export async function createOrgUnitAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZCreateOrgUnit, createOrgUnit, () => backTo("created"));
}

export async function updateOrgUnitAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUpdateOrgUnit, (user, data) => updateOrgUnit(user, id, data), () => backTo("updated"));
}

export async function deleteOrgUnitAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZDeleteOrgUnit, (user, data) => deleteOrgUnit(user, id, data.version), () => backTo("deleted"));
}
