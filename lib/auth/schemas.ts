import { z } from "zod";
import { t } from "@/lib/i18n";

export const ZSignIn = z.object({
  nip: z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{18}$/, { error: t("auth.errors.nipFormat") })),
  password: z.string().min(1, { error: t("auth.errors.passwordRequired") }).max(200),
});

export type TSignIn = z.infer<typeof ZSignIn>;

/** Codes the sign-in endpoint answers with; the form turns them into sentences. */
export type SignInFailure = "INVALID" | "LOCKED" | "INACTIVE";
