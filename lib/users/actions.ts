"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { resetPassword, updateAccount } from "./mutations";
import { ZResetPassword, ZUpdateAccount } from "./schemas";

const backTo = (employeeId: number, saved: string) => ({ revalidate: [`/employees/${employeeId}`], redirectTo: `/employees/${employeeId}?saved=${saved}` });

export async function updateAccountAction(employeeId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUpdateAccount, (user, data) => updateAccount(user, employeeId, data), () => backTo(employeeId, "account"));
}

export async function resetPasswordAction(employeeId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZResetPassword, (user, data) => resetPassword(user, employeeId, data), () => backTo(employeeId, "password"));
}
