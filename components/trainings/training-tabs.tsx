import Link from "next/link";
import { t } from "@/lib/i18n";
import { can, type Actor } from "@/lib/server/permissions";

type Tab = "catalog" | "mine" | "approvals" | "external";

/**
 * The training area's own links, following the permission table like the main navigation. A
 * training's own page shows them with none current: the way back to the catalog or "Pelatihan saya".
 */
export function TrainingTabs({ user, current }: { user: Actor; current: Tab | null }) {
  const tabs: { key: Tab; href: string; label: string; show: boolean }[] = [
    { key: "catalog", href: "/trainings", label: t("trainings.tabs.catalog"), show: true },
    { key: "mine", href: "/trainings/mine", label: t("trainings.tabs.mine"), show: can(user, "training.register") },
    { key: "approvals", href: "/trainings/approvals", label: t("trainings.tabs.approvals"), show: can(user, "training.approve") || can(user, "training.manage") },
    { key: "external", href: "/trainings/external", label: t("trainings.tabs.external"), show: can(user, "training.manage") },
  ];
  return (
    <nav aria-label={t("trainings.tabs.label")} className="-mt-2 mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {tabs
          .filter((tab) => tab.show)
          .map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 font-medium ${tab.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
