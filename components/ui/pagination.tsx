import Link from "next/link";
import { formatNumber, t } from "@/lib/i18n";

type Props = {
  page: number;
  pageSize: number;
  total: number;
  /** Current query parameters; `page` is replaced in the links. */
  params: Record<string, string | undefined>;
  basePath: string;
};

function href(basePath: string, params: Props["params"], page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "page") query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

export function Pagination({ page, pageSize, total, params, basePath }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const linkStyle = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("common.pageOf", { page, pages })} className="mt-4 flex flex-col items-center justify-between gap-2 text-sm text-slate-600 sm:flex-row">
      <p>{t("common.showing", { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}</p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link className={linkStyle} href={href(basePath, params, page - 1)} rel="prev">
            {t("common.previous")}
          </Link>
        ) : null}
        <span aria-current="page">{t("common.pageOf", { page: formatNumber(page), pages: formatNumber(pages) })}</span>
        {page < pages ? (
          <Link className={linkStyle} href={href(basePath, params, page + 1)} rel="next">
            {t("common.next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
