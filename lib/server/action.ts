import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { isAppError } from "./errors";
import { requireUser, type SessionUser } from "./session";

// Never echoed back into the page.
const SECRET_FIELDS = new Set(["password", "newPassword", "confirmPassword"]);

/** FormData → plain object; repeated names (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : raw.name;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

function echo(input: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!SECRET_FIELDS.has(key)) values[key] = Array.isArray(value) ? value.join(",") : value;
  }
  return values;
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | { ok: false; state: FormState };

/** Validates a submitted form; on failure the state carries a message per field and the typed values. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.infer<S>> {
  const input = formDataToObject(formData);
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, values: echo(input) };
  const flat = z.flattenError(result.error);
  return {
    ok: false,
    state: {
      ok: false,
      message: flat.formErrors[0] ?? t("errors.validation"),
      fieldErrors: flat.fieldErrors as Record<string, string[]>,
      values: echo(input),
    },
  };
}

/**
 * Turns a failure from a mutation into form state: expected failures (AppError) keep their message
 * and field errors; anything else is logged here and the person sees a generic message, never the error.
 */
export function failureState(error: unknown, values?: Record<string, string>): FormState {
  if (isAppError(error)) {
    // A refusal tied to a field (fieldError) is shown beside that field; the form's message then only
    // points to it, as parseForm's does, instead of repeating the same sentence above the form.
    const onField = Object.values(error.fieldErrors ?? {}).some((messages) => messages?.includes(error.message));
    return { ok: false, message: onField ? t("errors.validation") : error.message, fieldErrors: error.fieldErrors, values };
  }
  console.error("[action] unexpected failure", error);
  return { ok: false, message: t("errors.generic"), values };
}

/**
 * The whole form-action loop: session → schema → mutation (which authorizes and audits) → revalidate
 * and redirect. The redirect happens outside try/catch because Next signals it by throwing.
 */
export async function handleForm<S extends z.ZodType, R>(
  formData: FormData,
  schema: S,
  run: (user: SessionUser, data: z.infer<S>) => Promise<R>,
  next: (result: R) => { revalidate: string[]; redirectTo: string },
): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return parsed.state;
  let result: R;
  try {
    result = await run(user, parsed.data);
  } catch (error) {
    return failureState(error, parsed.values);
  }
  const { revalidate, redirectTo } = next(result);
  for (const path of revalidate) revalidatePath(path);
  redirect(redirectTo);
}
