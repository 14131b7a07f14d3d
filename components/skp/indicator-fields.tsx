"use client";

import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { indicatorKey, NUMERIC_TARGETS, PLAN_LIMITS, TARGET_KINDS, type TargetKindValue } from "@/lib/appraisals/plan-schemas";
import { t } from "@/lib/i18n";
import type { IndicatorDraft } from "./plan-editor-types";

type Props = {
  i: number;
  j: number;
  indicator: IndicatorDraft;
  canRemove: boolean;
  onChange: (next: IndicatorDraft) => void;
  onRemove: () => void;
};

/** One indicator with its target: a number and unit, or a qualitative description. */
export function IndicatorFields({ i, j, indicator, canRemove, onChange, onRemove }: Props) {
  const key = (field: Parameters<typeof indicatorKey>[2]) => indicatorKey(i, j, field);
  const numeric = NUMERIC_TARGETS.has(indicator.targetKind as TargetKindValue);
  const label = `${i + 1}.${j + 1}`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-medium text-slate-700">{t("skp.editor.indicatorLegend", { n: label })}</legend>
      <InputField
        name={key("text")}
        label={t("skp.editor.indicatorText")}
        required
        maxLength={PLAN_LIMITS.textMax}
        value={indicator.text}
        onChange={(event) => onChange({ ...indicator, text: event.target.value })}
        errors={indicator.errors?.text}
        className="sm:col-span-2"
      />
      <SelectField
        name={key("targetKind")}
        label={t("skp.editor.targetKind")}
        required
        value={indicator.targetKind}
        onChange={(event) => onChange({ ...indicator, targetKind: event.target.value })}
        options={TARGET_KINDS.map((kind) => ({ value: kind, label: t(`appraisal.targetKind.${kind}`) }))}
        errors={indicator.errors?.targetKind}
      />
      {numeric ? (
        <div className="grid grid-cols-2 gap-3">
          <InputField
            name={key("targetValue")}
            label={t("skp.editor.targetValue")}
            required
            inputMode="decimal"
            value={indicator.targetValue}
            onChange={(event) => onChange({ ...indicator, targetValue: event.target.value })}
            errors={indicator.errors?.targetValue}
          />
          <InputField
            name={key("targetUnit")}
            label={t("skp.editor.targetUnit")}
            hint={t("skp.editor.targetUnitHint")}
            required
            maxLength={PLAN_LIMITS.unitMax}
            value={indicator.targetUnit}
            onChange={(event) => onChange({ ...indicator, targetUnit: event.target.value })}
            errors={indicator.errors?.targetUnit}
          />
        </div>
      ) : (
        <InputField
          name={key("targetText")}
          label={t("skp.editor.targetText")}
          required
          maxLength={PLAN_LIMITS.targetTextMax}
          value={indicator.targetText}
          onChange={(event) => onChange({ ...indicator, targetText: event.target.value })}
          errors={indicator.errors?.targetText}
        />
      )}
      {canRemove ? (
        <div className="sm:col-span-2">
          <Button variant="secondary" onClick={onRemove} aria-label={t("skp.editor.removeIndicatorLabel", { n: label })}>
            {t("skp.editor.removeIndicator")}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
