import Link from "next/link";
import { t } from "@/lib/i18n";

const linkStyle = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";

/**
 * Newer / older links for keyset pages. There is no "page N of M": counting millions of rows on
 * every view is exactly what this page avoids.
 */
export function AuditPager({ params, newer, older, onFirstPage }: { params: Record<string, string | undefined>; newer: string | null; older: string | null; onFirstPage: boolean }) {
  const href = (extra: Record<string, string>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    for (const [key, value] of Object.entries(extra)) query.set(key, value);
    const text = query.toString();
    return text ? `/audit?${text}` : "/audit";
  };
  if (onFirstPage && !older) return null;
  return (
    <nav aria-label={t("audit.pages")} className="mt-4 flex flex-wrap items-center justify-end gap-2">
      {onFirstPage ? null : (
        <Link className={linkStyle} href={href({})}>
          {t("audit.newest")}
        </Link>
      )}
      {newer ? (
        <Link className={linkStyle} href={href({ after: newer })} rel="prev">
          {t("audit.newer")}
        </Link>
      ) : null}
      {older ? (
        <Link className={linkStyle} href={href({ before: older })} rel="next">
          {t("audit.older")}
        </Link>
      ) : null}
    </nav>
  );
}
