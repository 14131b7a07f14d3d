"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ZSignIn, type SignInFailure } from "@/lib/auth/schemas";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonStyles } from "@/components/ui/styles";
import { t } from "@/lib/i18n";

type Errors = { nip?: string[]; password?: string[] };

function failureMessage(error: string): string {
  const [code, minutes] = error.split(":") as [SignInFailure | string, string | undefined];
  if (code === "LOCKED") return t("auth.errors.LOCKED", { minutes: minutes ?? "15" });
  if (code === "INVALID" || code === "INACTIVE") return t(`auth.errors.${code}`);
  return t("auth.errors.unknown");
}

/** Only same-site paths are followed after sign-in. */
function safeCallback(callbackUrl: string | undefined): string {
  return callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string>();

  function submit(formData: FormData) {
    const parsed = ZSignIn.safeParse({ nip: formData.get("nip") ?? "", password: formData.get("password") ?? "" });
    if (!parsed.success) {
      const fieldErrors: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Errors;
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
      setErrors(fieldErrors);
      setMessage(undefined);
      return;
    }
    startTransition(async () => {
      setErrors({});
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setMessage(failureMessage(result?.error ?? ""));
        return;
      }
      router.replace(safeCallback(callbackUrl));
      router.refresh();
    });
  }

  return (
    // onSubmit rather than a form action: an action would reset the form afterwards and make the
    // person retype their NIP after a wrong password.
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      noValidate
      className="space-y-4"
    >
      <FormMessage tone="error" message={message} />
      <InputField
        name="nip"
        label={t("auth.nip")}
        hint={t("auth.nipHint")}
        required
        inputMode="numeric"
        autoComplete="username"
        maxLength={22}
        errors={errors.nip}
      />
      <InputField name="password" label={t("auth.password")} type="password" required autoComplete="current-password" errors={errors.password} />
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
        {pending ? t("auth.submitting") : t("auth.submit")}
      </button>
    </form>
  );
}
