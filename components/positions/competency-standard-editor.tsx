"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import { t } from "@/lib/i18n";
import type { CompetencyOption } from "@/lib/positions/queries";
import { standardRowKey } from "@/lib/positions/schemas";

export type StandardDraft = { competencyId: string; requiredLevel: string };
type Row = StandardDraft & { key: number };

const KINDS = ["MANAJERIAL", "SOSIAL_KULTURAL", "TEKNIS"] as const;

/**
 * Rows of competency + required level, submitted as repeated `competencyId` / `requiredLevel` fields.
 * A competency chosen in one row is disabled in the others; the server checks duplicates and levels
 * again, and its errors come back per row (`competencies.<index>`).
 */
export function CompetencyStandardEditor({
  competencies,
  initial,
  errors,
}: {
  competencies: CompetencyOption[];
  initial: StandardDraft[];
  errors: (key: string) => string[] | undefined;
}) {
  const [rows, setRows] = useState<Row[]>(() => initial.map((row, index) => ({ ...row, key: index })));
  const nextKey = useRef(initial.length);
  // Where focus goes after adding (the new row) or removing (the add button): never lost to <body>.
  const pendingFocus = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === "add") addButton.current?.focus();
    else document.getElementById(target)?.focus();
  }, [rows]);

  const byId = new Map(competencies.map((c) => [String(c.id), c]));
  const taken = new Set(rows.map((row) => row.competencyId).filter(Boolean));

  function update(key: number, patch: Partial<StandardDraft>) {
    setRows((current) =>
      current.map((row) => {
        if (row.key !== key) return row;
        const next = { ...row, ...patch };
        const max = byId.get(next.competencyId)?.maxLevel ?? 5;
        // A level above the newly chosen competency's top is pulled down to it.
        if (Number(next.requiredLevel) > max) next.requiredLevel = String(max);
        return next;
      }),
    );
  }

  function add() {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, competencyId: "", requiredLevel: "1" }]);
    pendingFocus.current = `competency-${key}`;
  }

  function remove(key: number) {
    setRows((current) => current.filter((row) => row.key !== key));
    pendingFocus.current = "add";
  }

  const general = errors("competencies");
  return (
    <fieldset className="space-y-3" aria-describedby="standard-hint">
      <legend className="text-base font-semibold text-slate-900">{t("positions.standard")}</legend>
      <p id="standard-hint" className="text-sm text-slate-600">
        {t("positions.standardHint")}
      </p>
      {general ? <p className="text-sm text-red-700">{general.join(" ")}</p> : null}
      {competencies.length === 0 ? <p className="text-sm text-amber-800">{t("positions.noCompetencies")}</p> : null}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("positions.standardEmpty")}</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const n = index + 1;
            const rowErrors = errors(standardRowKey(index));
            const errorId = `competency-${row.key}-error`;
            const max = byId.get(row.competencyId)?.maxLevel ?? 5;
            return (
              <li key={row.key} className="grid items-start gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem_auto]">
                <div>
                  <label htmlFor={`competency-${row.key}`} className="mb-1 block text-xs font-medium text-slate-600">
                    {t("positions.competencyRow", { n })}
                  </label>
                  <select
                    id={`competency-${row.key}`}
                    name="competencyId"
                    value={row.competencyId}
                    onChange={(event) => update(row.key, { competencyId: event.target.value })}
                    aria-invalid={rowErrors ? true : undefined}
                    aria-describedby={rowErrors ? errorId : undefined}
                    className={inputStyles}
                  >
                    <option value="">{t("positions.chooseCompetency")}</option>
                    {KINDS.map((kind) => (
                      <optgroup key={kind} label={t(`enums.competencyKind.${kind}`)}>
                        {competencies
                          .filter((c) => c.kind === kind)
                          .map((c) => (
                            <option key={c.id} value={c.id} disabled={taken.has(String(c.id)) && String(c.id) !== row.competencyId}>
                              {c.code} — {c.name}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                  {rowErrors ? (
                    <p id={errorId} className="mt-1 text-sm text-red-700">
                      {rowErrors.join(" ")}
                    </p>
                  ) : null}
                </div>
                <div>
                  <label htmlFor={`level-${row.key}`} className="mb-1 block text-xs font-medium text-slate-600">
                    {t("positions.levelRow", { n })}
                  </label>
                  <select
                    id={`level-${row.key}`}
                    name="requiredLevel"
                    value={row.requiredLevel}
                    onChange={(event) => update(row.key, { requiredLevel: event.target.value })}
                    className={inputStyles}
                  >
                    {Array.from({ length: max }, (_, i) => String(i + 1)).map((level) => (
                      <option key={level} value={level}>
                        {level}
                      </option>
                    ))}
                  </select>
                </div>
                <Button variant="secondary" className="sm:mt-5" onClick={() => remove(row.key)} aria-label={t("positions.removeCompetency", { n })}>
                  {t("common.delete")}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <button ref={addButton} type="button" className={buttonStyles.secondary} onClick={add} disabled={competencies.length === 0}>
        {t("positions.addCompetency")}
      </button>
    </fieldset>
  );
}
