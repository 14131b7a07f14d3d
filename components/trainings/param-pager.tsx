import Link from "next/link";
import { formatNumber, t } from "@/lib/i18n";

type Props = { page: number; pageSize: number; total: number; param: string; basePath: string; keep: Record<string, string | undefined>; anchor?: string };

/** Previous/next links for a second list on a page, paged by its own query parameter. */
export function ParamPager({ page, pageSize, total, param, basePath, keep, anchor }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(keep)) if (value) query.set(key, value);
    if (p > 1) query.set(param, String(p));
    const text = query.toString();
    return `${basePath}${text ? `?${text}` : ""}${anchor ? `#${anchor}` : ""}`;
  };
  const linkStyle = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("common.pageOf", { page, pages })} className="mt-4 flex items-center justify-end gap-2 text-sm">
      {page > 1 ? (
        <Link className={linkStyle} href={href(page - 1)} rel="prev">
          {t("common.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("common.pageOf", { page: formatNumber(page), pages: formatNumber(pages) })}</span>
      {page < pages ? (
        <Link className={linkStyle} href={href(page + 1)} rel="next">
          {t("common.next")}
        </Link>
      ) : null}
    </nav>
  );
}
