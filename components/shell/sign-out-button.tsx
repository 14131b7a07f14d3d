"use client";

import { signOut } from "next-auth/react";
import { t } from "@/lib/i18n";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      {t("common.signOut")}
    </button>
  );
}
