import { Badge } from "@/components/ui/layout";
import { formatDate, t } from "@/lib/i18n";

export type ChecklistItem = {
  key: string;
  label: string;
  /** null = not known (shown as "perlu dicek HR"). */
  met: boolean | null;
  text: string;
  /** When time meets (or met) the condition, shown beside it. */
  date?: Date | null;
};

const mark = { met: "✓", unmet: "✗", unknown: "?" } as const;

/**
 * Conditions as a list a screen reader reads in order: each item says its state in words (the
 * badge), not only by colour or symbol, then what was found or what is missing.
 */
export function Checklist({ items, caption, testId }: { items: ChecklistItem[]; caption: string; testId: string }) {
  return (
    <div>
      <p id={`${testId}-caption`} className="mb-2 text-sm font-medium text-slate-800">
        {caption}
      </p>
      <ul aria-labelledby={`${testId}-caption`} className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid={testId}>
        {items.map((item) => {
          const state = item.met === null ? "unknown" : item.met ? "met" : "unmet";
          return (
            <li key={item.key} className="flex gap-3 px-3 py-2.5" data-condition={item.key} data-state={state}>
              <span
                aria-hidden="true"
                className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                  state === "met" ? "bg-brand-100 text-brand-800" : state === "unmet" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-800"
                }`}
              >
                {mark[state]}
              </span>
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                  {item.label}
                  <Badge tone={state === "met" ? "brand" : state === "unmet" ? "danger" : "warning"}>
                    {state === "met" ? t("career.kp.met") : state === "unmet" ? t("career.kp.unmet") : t("career.jenjang.unknown")}
                  </Badge>
                  {item.date ? <span className="text-xs font-normal text-slate-500">{t(state === "met" ? "career.kp.metSince" : "career.kp.metOn", { date: formatDate(item.date) })}</span> : null}
                </p>
                <p className="mt-0.5 text-sm text-slate-700">{item.text}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
