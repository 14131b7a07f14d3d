"use client";

import { useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { t } from "@/lib/i18n";
import { buttonStyles, type ButtonVariant } from "./styles";

/**
 * A submit button that asks first, in a native modal <dialog> (focus moves into it, Esc cancels).
 * It must sit inside the form it submits. Ids come from useId, so a page may hold many of them.
 */
export function ConfirmSubmit({
  label,
  message,
  confirmLabel,
  variant = "danger",
  confirmVariant = variant,
  accessibleLabel,
  askOnlyWhenFilled = false,
}: {
  label: string;
  message: string;
  confirmLabel?: string;
  variant?: ButtonVariant;
  /** The dialog's confirming button: a quiet "Hapus" in a list still confirms in red. */
  confirmVariant?: ButtonVariant;
  /** When the visible label alone is ambiguous in a list ("Hapus" of which entry). */
  accessibleLabel?: string;
  /**
   * Send at once, without asking, while a required field is empty: the server refuses it beside that
   * field and writes nothing, so there is nothing to confirm yet. Only for forms whose `required`
   * fields are exactly the ones the server requires.
   */
  askOnlyWhenFilled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="button"
        className={buttonStyles[variant]}
        disabled={pending}
        aria-label={accessibleLabel}
        onClick={(event) => {
          const form = event.currentTarget.form;
          if (askOnlyWhenFilled && form && [...form.elements].some((element) => (element as HTMLInputElement).validity?.valueMissing)) form.requestSubmit();
          else dialog.current?.showModal();
        }}
      >
        {pending ? t("common.saving") : label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="p-5">
          <p id={`${id}-title`} className="text-base font-semibold text-slate-900">
            {accessibleLabel ?? label}
          </p>
          <p id={`${id}-body`} className="mt-2 text-sm text-slate-700">
            {message}
          </p>
          <div className="mt-5 flex justify-end gap-2">
            <button type="button" className={buttonStyles.secondary} onClick={() => dialog.current?.close()} autoFocus>
              {t("common.cancel")}
            </button>
            <button type="submit" className={buttonStyles[confirmVariant]} onClick={() => dialog.current?.close()}>
              {confirmLabel ?? label}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
