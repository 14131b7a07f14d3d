"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { failureState, handleForm, parseForm } from "@/lib/server/action";
import { requireUser } from "@/lib/server/session";
import { MAX_EVIDENCE_BYTES } from "./evidence";
import { addRealization, deleteRealization } from "./realization-mutations";
import { ZRealization, type EvidenceUpload } from "./realization-schemas";

/**
 * Not handleForm: the evidence file travels in the same FormData. Its size is checked before it is
 * read (the outer body limit is 6 MB, ours 2 MB); the mutation checks size and real type again.
 */
export async function addRealizationAction(appraisalId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(ZRealization, formData);
  if (!parsed.ok) return parsed.state;
  const { file: _name, ...values } = parsed.values;
  const file = formData.get("file");
  let upload: EvidenceUpload | null = null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_EVIDENCE_BYTES) return { ok: false, message: t("errors.validation"), fieldErrors: { file: [t("skp.errors.fileTooLarge")] }, values };
    upload = { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  try {
    await addRealization(user, appraisalId, parsed.data, upload);
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath(`/skp/${appraisalId}`);
  redirect(`/skp/${appraisalId}?saved=realization#indicator-${parsed.data.indicatorId}`);
}

export async function deleteRealizationAction(appraisalId: number, realizationId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, z.object({}), (user) => deleteRealization(user, appraisalId, realizationId), () => ({
    revalidate: [`/skp/${appraisalId}`],
    redirectTo: `/skp/${appraisalId}?saved=realizationDeleted`,
  }));
}
