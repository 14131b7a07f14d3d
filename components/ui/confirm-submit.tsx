"use client";

import { useRef } from "react";
import { useFormStatus } from "react-dom";
import { t } from "@/lib/i18n";
import { buttonStyles, type ButtonVariant } from "./styles";

/**
 * A submit button that asks first, in a native modal <dialog> (focus moves into it, Esc cancels).
 * It must sit inside the form it submits.
 */
export function ConfirmSubmit({ label, message, confirmLabel, variant = "danger" }: { label: string; message: string; confirmLabel?: string; variant?: ButtonVariant }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending } = useFormStatus();
  return (
    <>
      <button type="button" className={buttonStyles[variant]} disabled={pending} onClick={() => dialog.current?.showModal()}>
        {pending ? t("common.saving") : label}
      </button>
      <dialog ref={dialog} aria-labelledby="confirm-title" className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="p-5">
          <p id="confirm-title" className="text-base font-semibold text-slate-900">
            {label}
          </p>
          <p className="mt-2 text-sm text-slate-700">{message}</p>
          <div className="mt-5 flex justify-end gap-2">
            <button type="button" className={buttonStyles.secondary} onClick={() => dialog.current?.close()} autoFocus>
              {t("common.cancel")}
            </button>
            <button type="submit" className={buttonStyles[variant]} onClick={() => dialog.current?.close()}>
              {confirmLabel ?? label}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
