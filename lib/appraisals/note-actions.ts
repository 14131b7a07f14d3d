"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { addNote } from "./note-mutations";
import { ZNote } from "./note-schemas";

export async function addNoteAction(appraisalId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZNote, (user, input) => addNote(user, appraisalId, input), () => ({
    revalidate: [`/skp/${appraisalId}`],
    redirectTo: `/skp/${appraisalId}?saved=note#notes`,
  }));
}
