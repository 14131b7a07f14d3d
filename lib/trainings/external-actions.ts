"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { MAX_EVIDENCE_BYTES } from "@/lib/appraisals/evidence";
import { failureState, handleForm, parseForm } from "@/lib/server/action";
import { requireUser } from "@/lib/server/session";
import { decideExternalTraining, submitExternalTraining } from "./external-mutations";
import { ZExternalDecision, ZExternalTraining, type CertificateUpload } from "./external-schemas";

/**
 * Not handleForm: the certificate travels in the same FormData. Its size is checked before it is
 * read (the outer body limit is 6 MB, ours 2 MB); the mutation checks size and real type again.
 */
export async function submitExternalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(ZExternalTraining, formData);
  const { file: _name, ...values } = parsed.ok ? parsed.values : (parsed.state.values ?? {});
  const file = formData.get("file");
  const hasFile = file instanceof File && file.size > 0;
  if (!parsed.ok) {
    // The file input cannot be refilled after a refusal; say so beside it.
    const fileErrors = hasFile ? [t("trainings.errors.fileAgain")] : [t("trainings.errors.fileRequired")];
    return { ...parsed.state, fieldErrors: { ...parsed.state.fieldErrors, file: fileErrors }, values };
  }
  let upload: CertificateUpload | null = null;
  if (hasFile) {
    if (file.size > MAX_EVIDENCE_BYTES) return { ok: false, message: t("errors.validation"), fieldErrors: { file: [t("trainings.errors.fileTooLarge")] }, values };
    upload = { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  let id: number;
  try {
    id = await submitExternalTraining(user, parsed.data, upload);
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/trainings/mine");
  revalidatePath("/trainings/external");
  redirect(`/trainings/external/${id}?saved=submitted`);
}

export async function decideExternalAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZExternalDecision, async (user, data) => {
    await decideExternalTraining(user, id, data);
    return data.decision;
  }, (decision) => ({
    revalidate: ["/trainings/external", `/trainings/external/${id}`, "/trainings/mine", "/development", "/career"],
    redirectTo: `/trainings/external/${id}?saved=${decision === "VERIFY" ? "verified" : "rejected"}`,
  }));
}
