import { t } from "@/lib/i18n";

/**
 * A table that scrolls sideways on a phone instead of squeezing its columns. `relative` keeps
 * visually hidden (sr-only, absolutely positioned) labels inside the scroll box, not widening the page.
 */
export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return (
    <th scope="col" className={`bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top text-slate-800 ${className}`}>{children}</td>;
}

/** The header of a column of row actions (buttons, links): named for screen readers, blank on screen. */
export function ActionsTh() {
  return (
    <Th className="relative">
      <span className="sr-only">{t("common.actions")}</span>
    </Th>
  );
}
