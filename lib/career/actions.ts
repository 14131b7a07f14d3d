"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { ZClearCareerTarget, ZSetCareerTarget } from "./schemas";
import { clearCareerTarget, setCareerTarget } from "./target-mutations";

// No id is bound: the target always belongs to the signed-in person (the mutation reads it from
// the session). The person's page and the pages HR and supervisors open show it.
const done = (saved: string) => () => ({ revalidate: ["/career"], redirectTo: `/career?saved=${saved}#target` });

export async function setCareerTargetAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZSetCareerTarget, setCareerTarget, done("target"));
}

export async function clearCareerTargetAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZClearCareerTarget, clearCareerTarget, done("cleared"));
}
