import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { t } from "@/lib/i18n";
import { getSessionUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("auth.title") };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-800">{t("app.name")}</p>
          <p className="mt-1 text-sm text-slate-600">
            {t("app.tagline")} · {t("app.agency")}
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold">{t("auth.title")}</h1>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t("auth.intro")}</p>
          <SignInForm callbackUrl={callbackUrl} />
        </div>
      </div>
    </main>
  );
}
