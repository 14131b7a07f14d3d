"use client";

import { useFormStatus } from "react-dom";
import { t } from "@/lib/i18n";
import { buttonStyles, type ButtonVariant } from "./styles";

/** Disabled while its form is submitting, so a double click sends one request. */
export function SubmitButton({
  children,
  pendingLabel = t("common.saving"),
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={buttonStyles[variant]}>
      {pending ? pendingLabel : children}
    </button>
  );
}
