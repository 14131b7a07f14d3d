import { jsonEntries } from "@/lib/audit/diff";
import { t } from "@/lib/i18n";

/** One side of a change, pretty-printed, with the changed top-level keys marked. */
export function JsonBlock({ label, value, changed }: { label: string; value: unknown; changed: ReadonlySet<string> }) {
  const body = (() => {
    if (value === null || value === undefined) return <span className="text-slate-500">{t("audit.noData")}</span>;
    const entries = jsonEntries(value);
    if (entries.length === 1 && entries[0]!.key === null) return entries[0]!.text;
    if (entries.length === 0) return "{}";
    return (
      <>
        {"{\n"}
        {entries.map((entry) => (
          <span key={entry.key}>
            {entry.key !== null && changed.has(entry.key) ? (
              <mark className="rounded-sm bg-amber-200 text-slate-900" title={t("audit.changedMark")}>
                {entry.text}
              </mark>
            ) : (
              entry.text
            )}
            {"\n"}
          </span>
        ))}
        {"}"}
      </>
    );
  })();
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</p>
      <pre className="max-h-96 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-2 text-xs leading-relaxed">{body}</pre>
    </div>
  );
}
