"use client";

import { useActionState, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { MAX_RULE_ROWS, ruleField } from "@/lib/appraisal-admin/schemas";
import type { OrgResult } from "@/lib/domain/appraisal/distribution";
import { PREDIKATS } from "@/lib/domain/predikat";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";

export type RuleDraft = { predikats: string[]; min: string; max: string; requireAny: boolean };
type Row = RuleDraft & { key: string };

/** After a refused save the editor shows exactly what was posted, rows and all. */
function rowsFromValues(values: Record<string, string>): Row[] {
  const keys = (values.rowKey ?? "").split(",").filter(Boolean);
  return keys.map((key) => ({
    key,
    predikats: (values[ruleField(key, "predikats")] ?? "").split(",").filter(Boolean),
    min: values[ruleField(key, "min")] ?? "",
    max: values[ruleField(key, "max")] ?? "",
    requireAny: values[ruleField(key, "requireAny")] === "on",
  }));
}

export function RuleTableForm({ save, orgResult, rows, stamp }: { save: FormAction; orgResult: OrgResult; rows: RuleDraft[]; stamp: string }) {
  const [state, action] = useActionState(save, initialFormState);
  // Remount per answer: React resets a form after its action, which would drop the edited rows.
  return <RuleTableFields key={useStateKey(state)} state={state} action={action} orgResult={orgResult} rows={rows} stamp={stamp} />;
}

function RuleTableFields({ state, action, orgResult, rows, stamp }: { state: FormState; action: (formData: FormData) => void; orgResult: OrgResult; rows: RuleDraft[]; stamp: string }) {
  const [list, setList] = useState<Row[]>(() => (state.values ? rowsFromValues(state.values) : rows.map((row, i) => ({ ...row, key: `r${i}` }))));
  const [added, setAdded] = useState<{ count: number; focus: string | null }>({ count: 0, focus: null });
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = (name: string) => state.fieldErrors?.[name];
  const result = t(`appraisal.orgResult.${orgResult}`);

  const add = () => {
    const key = `n${added.count}`;
    setList((current) => [...current, { key, predikats: [], min: "", max: "", requireAny: false }]);
    setAdded({ count: added.count + 1, focus: key });
  };
  const remove = (key: string) => {
    setList((current) => current.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="stamp" value={stamp} />
      {list.length === 0 ? <p className="text-sm text-slate-600">{t("appraisalAdmin.rules.none")}</p> : null}
      <ol className="space-y-3">
        {list.map((row, index) => {
          const n = index + 1;
          const names = { predikats: ruleField(row.key, "predikats"), min: ruleField(row.key, "min"), max: ruleField(row.key, "max"), requireAny: ruleField(row.key, "requireAny") };
          const errorId = (name: string) => (errors(name)?.length ? `${name}-error` : undefined);
          return (
            <li key={row.key}>
              <fieldset className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">{t("appraisalAdmin.rules.row", { n })}</legend>
                <input type="hidden" name="rowKey" value={row.key} />
                <div className="grid gap-3 md:grid-cols-[1fr_auto_auto_auto_auto] md:items-end">
                  <fieldset aria-describedby={errorId(names.predikats)}>
                    <legend className="mb-1 text-sm font-medium text-slate-800">{t("appraisalAdmin.rules.predikats")}</legend>
                    <div className="flex flex-wrap gap-x-4 gap-y-1">
                      {PREDIKATS.map((p, i) => (
                        <label key={p} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
                          <input
                            type="checkbox"
                            name={names.predikats}
                            value={p}
                            defaultChecked={row.predikats.includes(p)}
                            autoFocus={i === 0 && added.focus === row.key}
                            aria-invalid={errors(names.predikats)?.length ? true : undefined}
                            className="h-4 w-4 rounded border-slate-300"
                          />
                          {t(`appraisal.predikat.${p}`)}
                        </label>
                      ))}
                    </div>
                    {errors(names.predikats)?.length ? (
                      <p id={`${names.predikats}-error`} className="mt-1 text-sm text-red-700">
                        {errors(names.predikats)?.join(" ")}
                      </p>
                    ) : null}
                  </fieldset>
                  {(["min", "max"] as const).map((field) => (
                    <div key={field} className="w-28">
                      <label htmlFor={names[field]} className="mb-1 block text-sm font-medium text-slate-800">
                        {t(`appraisalAdmin.rules.${field}`)}
                      </label>
                      <input
                        id={names[field]}
                        name={names[field]}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={100}
                        defaultValue={row[field]}
                        aria-invalid={errors(names[field])?.length ? true : undefined}
                        aria-describedby={errorId(names[field])}
                        className={inputStyles}
                      />
                    </div>
                  ))}
                  <label className="inline-flex items-center gap-1.5 pb-2 text-sm text-slate-800">
                    <input type="checkbox" name={names.requireAny} defaultChecked={row.requireAny} className="h-4 w-4 rounded border-slate-300" />
                    {t("appraisalAdmin.rules.requireAny")}
                  </label>
                  <button type="button" className={buttonStyles.secondary} onClick={() => remove(row.key)}>
                    {t("appraisalAdmin.rules.removeRow", { n })}
                  </button>
                </div>
                {/* Below the row, full width: a message about the bounds concerns the pair, not one narrow box. */}
                {(["min", "max"] as const).map((field) =>
                  errors(names[field])?.length ? (
                    <p key={field} id={`${names[field]}-error`} className="mt-2 text-sm text-red-700">
                      {errors(names[field])?.join(" ")}
                    </p>
                  ) : null,
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button ref={addButton} type="button" className={buttonStyles.secondary} onClick={add} disabled={list.length >= MAX_RULE_ROWS}>
          {t("appraisalAdmin.rules.addRow")}
        </button>
        <SubmitButton>{t("appraisalAdmin.rules.saveTable", { result })}</SubmitButton>
      </div>
    </form>
  );
}
