"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { addEducation, addPositionChange, addRankChange } from "./history-mutations";
import { createEmployee, updateEmployee } from "./mutations";
import { ZCreateEmployee, ZEducationEntry, ZPositionChange, ZRankChange, ZUpdateEmployee } from "./schemas";

const backTo = (id: number, saved: string) => ({ revalidate: [`/employees/${id}`, "/employees"], redirectTo: `/employees/${id}?saved=${saved}` });

export async function createEmployeeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZCreateEmployee, createEmployee, (id) => backTo(id, "created"));
}

export async function updateEmployeeAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUpdateEmployee, (user, data) => updateEmployee(user, id, data), () => backTo(id, "updated"));
}

export async function addRankChangeAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZRankChange, (user, data) => addRankChange(user, id, data), () => backTo(id, "rank"));
}

export async function addPositionChangeAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZPositionChange, (user, data) => addPositionChange(user, id, data), () => backTo(id, "position"));
}

export async function addEducationAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZEducationEntry, (user, data) => addEducation(user, id, data), () => backTo(id, "education"));
}
