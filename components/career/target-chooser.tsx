import Link from "next/link";
import { InputField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { buttonStyles } from "@/components/ui/styles";
import type { TargetOption } from "@/lib/career/target-queries";
import { formatNumber, t } from "@/lib/i18n";
import { TargetChooseForm } from "./target-form";

type Search = { q: string; rows: TargetOption[]; total: number; page: number; pageSize: number };

/**
 * The person's own chooser: a GET search by name (the query lives in the URL, paged in SQL) whose
 * matches fill the select, or, without a search, up to ten suggested positions one step up.
 */
export function TargetChooser({ search, suggestions, expected }: { search: Search | null; suggestions: TargetOption[]; expected: string }) {
  // The current target is already chosen; offering it again would only earn a refusal.
  const options = (search ? search.rows : suggestions).filter((option) => String(option.id) !== expected);
  const legend = search ? t("career.target.form.results", { q: search.q, total: formatNumber(search.total) }) : t("career.target.form.suggested");
  const empty = search ? t("career.target.form.noResults", { q: search.q }) : t("career.target.form.noSuggestions");
  return (
    <section aria-labelledby="target-form-title" className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
      <h3 id="target-form-title" className="text-sm font-semibold text-slate-900">
        {t("career.target.form.title")}
      </h3>
      <form method="get" action="/career#target" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <InputField
          name="q"
          type="search"
          label={t("career.target.form.searchLabel")}
          placeholder={t("career.target.form.searchPlaceholder")}
          defaultValue={search?.q ?? ""}
          maxLength={100}
          className="flex-1"
        />
        <div className="flex gap-2">
          <button type="submit" className={buttonStyles.primary}>
            {t("common.search")}
          </button>
          {search ? (
            <Link href="/career#target" className={buttonStyles.secondary}>
              {t("common.reset")}
            </Link>
          ) : null}
        </div>
      </form>
      {options.length ? (
        <TargetChooseForm options={options} legend={legend} expected={expected} />
      ) : (
        <p className="text-sm text-slate-600" role="status">
          {empty}
        </p>
      )}
      {search && search.total > search.pageSize ? (
        <Pagination page={search.page} pageSize={search.pageSize} total={search.total} params={{ q: search.q }} basePath="/career" />
      ) : null}
    </section>
  );
}
