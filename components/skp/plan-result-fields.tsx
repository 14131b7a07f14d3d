"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextareaField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { PLAN_LIMITS, resultKey } from "@/lib/appraisals/plan-schemas";
import { t } from "@/lib/i18n";
import { IndicatorFields } from "./indicator-fields";
import { emptyIndicator, type ResultDraft } from "./plan-editor-types";

export type RaterOption = { id: number; text: string };

type Props = {
  index: number;
  count: number;
  result: ResultDraft;
  raterResults: RaterOption[];
  onChange: (next: ResultDraft) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  focusLater: (id: string) => void;
};

/** One RHK: its text, the rater's RHK it supports, and its indicators. */
export function ResultFields({ index, count, result, raterResults, onChange, onRemove, onMove, focusLater }: Props) {
  const n = index + 1;
  const errors = (field: string) => result.errors?.[field];
  const indicatorErrors = errors("indicators");
  const addIndicator = () => {
    focusLater(`results.${index}.indicators.${result.indicators.length}.text`);
    onChange({ ...result, indicators: [...result.indicators, emptyIndicator()] });
  };
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-900">{t("skp.editor.resultLegend", { n })}</legend>
      {result.id ? <input type="hidden" name={resultKey(index, "id")} value={result.id} /> : null}
      <TextareaField
        name={resultKey(index, "text")}
        label={t("skp.editor.resultText")}
        hint={t("skp.editor.textHint", { min: PLAN_LIMITS.textMin, max: PLAN_LIMITS.textMax })}
        required
        rows={2}
        maxLength={PLAN_LIMITS.textMax}
        value={result.text}
        onChange={(event) => onChange({ ...result, text: event.target.value })}
        errors={errors("text")}
      />
      <SelectField
        name={resultKey(index, "parentResultId")}
        label={t("skp.editor.parent")}
        hint={raterResults.length ? t("skp.editor.parentHint") : t("skp.editor.parentNone")}
        optional
        placeholder={t("skp.editor.parentEmpty")}
        value={result.parentResultId}
        onChange={(event) => onChange({ ...result, parentResultId: event.target.value })}
        options={raterResults.map((r) => ({ value: String(r.id), label: r.text }))}
        disabled={raterResults.length === 0 && !result.parentResultId}
        errors={errors("parentResultId")}
      />
      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800">{t("skp.editor.indicators")}</h3>
        {indicatorErrors ? (
          <p id={`${resultKey(index, "indicators")}-error`} className="text-sm text-red-700">
            {indicatorErrors.join(" ")}
          </p>
        ) : null}
        <ol className="space-y-3">
          {result.indicators.map((indicator, j) => (
            <li key={indicator.key}>
              <IndicatorFields
                i={index}
                j={j}
                indicator={indicator}
                canRemove={result.indicators.length > 1}
                onChange={(next) => onChange({ ...result, indicators: result.indicators.map((x) => (x.key === indicator.key ? next : x)) })}
                onRemove={() => {
                  focusLater(`add-indicator-${index}`);
                  onChange({ ...result, indicators: result.indicators.filter((x) => x.key !== indicator.key) });
                }}
              />
            </li>
          ))}
        </ol>
        <button id={`add-indicator-${index}`} type="button" className={buttonStyles.secondary} onClick={addIndicator} disabled={result.indicators.length >= PLAN_LIMITS.indicators}>
          {t("skp.editor.addIndicator")}
        </button>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        <Button id={`move-up-${index}`} variant="secondary" onClick={() => onMove(-1)} disabled={index === 0} aria-label={t("skp.editor.moveUpLabel", { n })}>
          {t("skp.editor.moveUp")}
        </Button>
        <Button id={`move-down-${index}`} variant="secondary" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={t("skp.editor.moveDownLabel", { n })}>
          {t("skp.editor.moveDown")}
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={t("skp.editor.removeResultLabel", { n })}>
          {t("skp.editor.removeResult")}
        </Button>
      </div>
    </fieldset>
  );
}
