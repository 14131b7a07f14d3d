import { SelectField, type Option } from "@/components/ui/field";
import { POSITION_TYPES } from "@/lib/domain/positions";
import { t } from "@/lib/i18n";

type Start = { positionTypes: string[]; minRankId: string; unitId: string };

/** Who may register: position types (none ticked = all), a minimum pangkat, a unit with its sub-units. */
export function EligibilityFields({ start, units, ranks, errors }: { start: Start; units: Option[]; ranks: Option[]; errors: (name: string) => string[] | undefined }) {
  const chosen = new Set(start.positionTypes);
  const typeErrors = errors("positionTypes");
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">{t("trainings.form.eligibility")}</legend>
      <fieldset aria-describedby={typeErrors?.length ? "positionTypes-error" : "positionTypes-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("trainings.form.positionTypes")}</legend>
        <p id="positionTypes-hint" className="mb-2 text-xs text-slate-600">
          {t("trainings.form.positionTypesHint")}
        </p>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {POSITION_TYPES.map((p) => (
            <label key={p.type} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="positionTypes" value={p.type} defaultChecked={chosen.has(p.type)} className="h-4 w-4 rounded border-slate-300" />
              {p.label}
            </label>
          ))}
        </div>
        {typeErrors?.length ? (
          <p id="positionTypes-error" className="mt-1 text-sm text-red-700">
            {typeErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="minRankId" label={t("trainings.form.minRank")} hint={t("trainings.form.minRankHint")} optional placeholder={t("trainings.form.noRequirement")} defaultValue={start.minRankId} errors={errors("minRankId")} options={ranks} />
        <SelectField name="unitId" label={t("trainings.form.unit")} hint={t("trainings.form.unitHint")} optional placeholder={t("trainings.form.allUnits")} defaultValue={start.unitId} errors={errors("unitId")} options={units} />
      </div>
    </fieldset>
  );
}
