"use client";

import Link from "next/link";
import { buttonStyles } from "@/components/ui/styles";
import { t } from "@/lib/i18n";

// Production builds send only a digest here, never the error's message or stack.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("errors.errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errors.generic")}</p>
      <div className="mt-6 flex justify-center gap-2">
        <button type="button" className={buttonStyles.primary} onClick={reset}>
          {t("errors.tryAgain")}
        </button>
        <Link className={buttonStyles.secondary} href="/">
          {t("errors.toHome")}
        </Link>
      </div>
    </div>
  );
}
