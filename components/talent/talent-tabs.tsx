import Link from "next/link";
import { t } from "@/lib/i18n";

const TABS = [
  { key: "grid", href: "/talent", label: () => t("talent.tabs.grid") },
  { key: "pool", href: "/talent/pool", label: () => t("talent.tabs.pool") },
  { key: "succession", href: "/talent/succession", label: () => t("talent.tabs.succession") },
  { key: "people", href: "/talent/people", label: () => t("talent.tabs.people") },
] as const;

export type TalentTab = (typeof TABS)[number]["key"];

/** The four talent pages as tabs; the current one is marked for screen readers too. */
export function TalentTabs({ current }: { current: TalentTab }) {
  return (
    <nav aria-label={t("talent.tabs.label")} className="mb-4">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`block rounded-md px-3 py-1.5 text-sm font-medium ${tab.key === current ? "bg-brand-100 text-brand-900" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {tab.label()}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
