"use client";

import { useActionState, useState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { FUNCTIONAL_LEVELS, POSITION_TYPES, requiresFunctionalLevel, type PositionType } from "@/lib/domain/positions";
import { RANKS } from "@/lib/domain/ranks";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";
import type { CompetencyOption } from "@/lib/positions/queries";
import { CompetencyStandardEditor, type StandardDraft } from "./competency-standard-editor";

type Unit = { id: number; name: string; depth: number };
export type PositionFormDefaults = {
  name: string;
  type: string;
  functionalLevel: string;
  grade: string;
  unitId: string;
  minRankId: string;
  minEducation: string;
  formation: string;
  active: boolean;
  isKey?: boolean;
  version?: number;
  standard: StandardDraft[];
};

type Props = { save: FormAction; units: Unit[]; competencies: CompetencyOption[]; defaults: PositionFormDefaults; cancelHref: string };

/** What the fields start from: the record, or after a refused submit what was sent. */
function startingValues(state: FormState, defaults: PositionFormDefaults): PositionFormDefaults {
  const sent = state.values;
  if (!sent) return defaults;
  const ids = sent.competencyId === undefined ? [] : sent.competencyId.split(",");
  const levels = sent.requiredLevel === undefined ? [] : sent.requiredLevel.split(",");
  return {
    name: sent.name ?? "",
    type: sent.type ?? "",
    functionalLevel: sent.functionalLevel ?? "",
    grade: sent.grade ?? "",
    unitId: sent.unitId ?? "",
    minRankId: sent.minRankId ?? "",
    minEducation: sent.minEducation ?? "",
    formation: sent.formation ?? "",
    active: sent.active === "on",
    isKey: sent.isKey === "on",
    version: defaults.version,
    standard: ids.map((competencyId, index) => ({ competencyId, requiredLevel: levels[index] ?? "1" })),
  };
}

function Fields({ state, start, units, competencies }: { state: FormState; start: PositionFormDefaults; units: Unit[]; competencies: CompetencyOption[] }) {
  const [type, setType] = useState(start.type);
  const errors = (name: string) => state.fieldErrors?.[name];
  const functional = requiresFunctionalLevel(type as PositionType);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="name" label={t("positions.name")} required maxLength={200} defaultValue={start.name} errors={errors("name")} className="sm:col-span-2" />
        <SelectField
          name="type"
          label={t("positions.type")}
          required
          placeholder={t("positions.chooseType")}
          value={type}
          onChange={(event) => setType(event.target.value)}
          errors={errors("type")}
          options={POSITION_TYPES.map((p) => ({ value: p.type, label: p.label }))}
        />
        {functional ? (
          <SelectField
            name="functionalLevel"
            label={t("positions.functionalLevel")}
            hint={t("positions.functionalLevelHint")}
            required
            placeholder={t("positions.chooseLevel")}
            defaultValue={start.functionalLevel}
            errors={errors("functionalLevel")}
            options={FUNCTIONAL_LEVELS.map((l) => ({ value: l.level, label: l.label }))}
          />
        ) : errors("functionalLevel") ? (
          // The field is hidden for other types, but a refusal about it must still be seen.
          <p className="text-sm text-red-700 sm:pt-7">{errors("functionalLevel")?.join(" ")}</p>
        ) : (
          <div className="hidden sm:block" aria-hidden="true" />
        )}
        <InputField name="grade" label={t("positions.grade")} hint={t("positions.gradeHint")} required type="number" inputMode="numeric" min={1} max={17} defaultValue={start.grade} errors={errors("grade")} />
        <InputField name="formation" label={t("positions.formation")} hint={t("positions.formationHint")} required type="number" inputMode="numeric" min={1} max={999} defaultValue={start.formation} errors={errors("formation")} />
        <SelectField
          name="unitId"
          label={t("positions.unit")}
          required
          placeholder={t("positions.chooseUnit")}
          defaultValue={start.unitId}
          errors={errors("unitId")}
          options={units.map((unit) => ({ value: String(unit.id), label: indentedLabel(unit) }))}
          className="sm:col-span-2"
        />
        <SelectField
          name="minRankId"
          label={t("positions.minRank")}
          optional
          placeholder={t("positions.noRequirement")}
          defaultValue={start.minRankId}
          errors={errors("minRankId")}
          options={RANKS.map((rank) => ({ value: String(rank.id), label: `${rank.code} — ${rank.name}` }))}
        />
        <SelectField
          name="minEducation"
          label={t("positions.minEducation")}
          optional
          placeholder={t("positions.noRequirement")}
          defaultValue={start.minEducation}
          errors={errors("minEducation")}
          options={EDUCATION_LEVELS.map((e) => ({ value: e.level, label: e.label }))}
        />
        <div className="flex items-start gap-3 sm:col-span-2">
          <input id="active" name="active" type="checkbox" defaultChecked={start.active} aria-describedby="active-hint" className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-700" />
          <div>
            <label htmlFor="active" className="text-sm font-medium text-slate-800">
              {t("positions.activeLabel")}
            </label>
            <p id="active-hint" className="text-xs text-slate-500">
              {t("positions.activeHint")}
            </p>
          </div>
        </div>
        <div className="flex items-start gap-3 sm:col-span-2">
          <input id="isKey" name="isKey" type="checkbox" defaultChecked={start.isKey ?? false} aria-describedby="isKey-hint" className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-700" />
          <div>
            <label htmlFor="isKey" className="text-sm font-medium text-slate-800">
              {t("talent.position.isKeyLabel")}
            </label>
            <p id="isKey-hint" className="text-xs text-slate-500">
              {t("talent.position.isKeyHint")}
            </p>
          </div>
        </div>
      </div>
      <CompetencyStandardEditor competencies={competencies} initial={start.standard} errors={errors} />
    </>
  );
}

export function PositionForm({ save, units, competencies, defaults, cancelHref }: Props) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} noValidate className="max-w-3xl space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <Fields state={state} start={startingValues(state, defaults)} units={units} competencies={competencies} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("common.save")}</SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
