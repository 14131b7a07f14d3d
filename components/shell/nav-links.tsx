"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavSection = { group: string; label: string; items: { href: string; label: string }[] };

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The menu in its groups (Saya / Tim / Administrasi), each a labelled list. The current section is
 * marked with aria-current so screen readers announce it too.
 */
export function NavLinks({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  return (
    <div className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-start md:gap-x-6">
      {sections.map((section) => (
        <div key={section.group} className="md:flex md:items-center md:gap-1">
          <p id={`nav-${section.group}`} className="px-3 pb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-400 md:px-1 md:pb-0">
            {section.label}
          </p>
          <ul aria-labelledby={`nav-${section.group}`} className="flex flex-col gap-0.5 md:flex-row md:flex-wrap">
            {section.items.map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={`block rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-brand-100 text-brand-900" : "text-slate-700 hover:bg-slate-100"}`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
