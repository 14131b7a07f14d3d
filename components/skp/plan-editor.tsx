"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { buttonStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { PLAN_LIMITS } from "@/lib/appraisals/plan-schemas";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { draftsFromValues, emptyResult, toDrafts, type PlanDraftInput, type ResultDraft } from "./plan-editor-types";
import { ResultFields, type RaterOption } from "./plan-result-fields";

type Props = { save: FormAction; version: number; initial: PlanDraftInput; raterResults: RaterOption[]; cancelHref: string };

/**
 * The whole plan as one form: RHK can be added, removed and moved, each with its indicators. Field
 * names carry the row positions, so the server reads the plan in the order shown and sends each
 * error back to its own field.
 */
export function PlanEditor(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  return <PlanForm key={useStateKey(state)} state={state} action={action} {...props} />;
}

function PlanForm({ state, action, version, initial, raterResults, cancelHref }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const [results, setResults] = useState<ResultDraft[]>(() => (state.values ? draftsFromValues(state.values, state.fieldErrors) : toDrafts(initial)));
  const pendingFocus = useRef<string | null>(null);
  const general = state.fieldErrors?.results;

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target) document.getElementById(target)?.focus();
  }, [results]);

  const update = (key: number, next: ResultDraft) => setResults((rows) => rows.map((row) => (row.key === key ? next : row)));
  const add = () => {
    pendingFocus.current = `results.${results.length}.text`;
    setResults((rows) => [...rows, emptyResult()]);
  };
  const remove = (key: number) => {
    pendingFocus.current = "add-result";
    setResults((rows) => rows.filter((row) => row.key !== key));
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    // Focus stays on the moved row's button, or its twin once the row reaches the top or the bottom.
    const atEdge = to === 0 || to === results.length - 1;
    pendingFocus.current = `move-${(by < 0) !== atEdge ? "up" : "down"}-${to}`;
    setResults((rows) => {
      const next = [...rows];
      const [row] = next.splice(index, 1);
      if (row) next.splice(to, 0, row);
      return next;
    });
  };

  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-600">{t("skp.editor.intro", { max: PLAN_LIMITS.results, indicators: PLAN_LIMITS.indicators })}</p>
      {general ? <p className="text-sm text-red-700">{general.join(" ")}</p> : null}
      {results.length === 0 ? <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">{t("skp.editor.empty")}</p> : null}
      <ol className="space-y-6">
        {results.map((result, index) => (
          <li key={result.key}>
            <ResultFields
              index={index}
              count={results.length}
              result={result}
              raterResults={raterResults}
              onChange={(next) => update(result.key, next)}
              onRemove={() => remove(result.key)}
              onMove={(by) => move(index, by)}
              focusLater={(id) => (pendingFocus.current = id)}
            />
          </li>
        ))}
      </ol>
      <button id="add-result" type="button" className={buttonStyles.secondary} onClick={add} disabled={results.length >= PLAN_LIMITS.results}>
        {t("skp.editor.addResult")}
      </button>
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <SubmitButton>{t("skp.editor.save")}</SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
