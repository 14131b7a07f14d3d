import Link from "next/link";
import { NavLinks } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { t } from "@/lib/i18n";
import { navigationFor } from "@/lib/navigation";
import { requireUser } from "@/lib/server/session";

// Draws the shell for signed-in pages. It decides nothing about access: every page and action checks.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const sections = navigationFor(user);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-xl font-bold tracking-tight text-brand-800">
            {t("app.name")}
          </Link>
          <div className="flex items-center gap-3">
            <p className="hidden text-right text-sm sm:block">
              <span className="block font-medium text-slate-900" data-testid="current-user">
                {user.name}
              </span>
              <span className="block text-xs text-slate-500">{user.roles.map((role) => t(`roles.${role}`)).join(" · ")}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label={t("common.menu")} className="mx-auto max-w-7xl px-4 pb-2">
          <details className="md:hidden">
            <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-slate-700">{t("common.menu")}</summary>
            <NavLinks sections={sections} />
          </details>
          <div className="hidden md:block">
            <NavLinks sections={sections} />
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
