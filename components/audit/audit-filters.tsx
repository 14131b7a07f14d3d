import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { toIsoDate } from "@/lib/domain/dates";
import type { TAuditFilters } from "@/lib/audit/schemas";
import { t } from "@/lib/i18n";

type Raw = Record<string, string | undefined>;

/**
 * A GET form (filters live in the URL). Values the page could not use are shown as typed, with the
 * reason beside the field, rather than quietly dropped.
 */
export function AuditFilters({ filters, raw, types, notes }: { filters: TAuditFilters; raw: Raw; types: string[]; notes: Record<string, string> }) {
  const error = (name: string) => (notes[name] ? [notes[name]] : undefined);
  const date = (value: Date | null, typed: string | undefined) => (value ? toIsoDate(value) : (typed ?? ""));
  return (
    <form method="get" action="/audit" role="search" aria-label={t("audit.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6">
      <SelectField
        name="type"
        label={t("audit.entityType")}
        placeholder={t("audit.allTypes")}
        defaultValue={filters.type ?? ""}
        options={[...new Set([...types, ...(filters.type ? [filters.type] : [])])].map((type) => ({ value: type, label: type }))}
        className="lg:col-span-2"
      />
      <InputField name="entity" label={t("audit.entityId")} hint={t("audit.entityIdHint")} maxLength={40} defaultValue={filters.entity ?? ""} errors={error("entity")} />
      <InputField name="actor" label={t("audit.actor")} inputMode="numeric" maxLength={22} defaultValue={raw.actor ?? ""} errors={error("actor")} />
      <InputField name="action" label={t("audit.action")} hint={t("audit.actionHint")} maxLength={60} defaultValue={filters.action ?? ""} className="lg:col-span-2" />
      <InputField name="from" label={t("audit.from")} type="date" defaultValue={date(filters.from, raw.from)} errors={error("from")} className="lg:col-span-2" />
      <InputField name="to" label={t("audit.to")} type="date" defaultValue={date(filters.to, raw.to)} errors={error("to")} className="lg:col-span-2" />
      <div className="flex items-end gap-2 lg:col-span-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.filter")}
        </button>
        <LinkButton variant="secondary" href="/audit">
          {t("common.reset")}
        </LinkButton>
      </div>
    </form>
  );
}
