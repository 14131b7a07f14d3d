import { COMPETENCY_KINDS, type CompetencyKindValue } from "@/lib/competencies/schemas";
import { t } from "@/lib/i18n";

export type CompetencyChoice = { id: number; code: string; name: string; kind: CompetencyKindValue };

const KINDS = COMPETENCY_KINDS;

/** The competencies a training develops: checkboxes from the dictionary, grouped by kind. */
export function CompetencyChecklist({ competencies, selected, errors }: { competencies: CompetencyChoice[]; selected: string[]; errors?: string[] }) {
  const chosen = new Set(selected);
  return (
    <fieldset aria-describedby={errors?.length ? "competencyIds-error" : "competencyIds-hint"}>
      <legend className="text-base font-semibold text-slate-900">{t("trainings.form.competencies")}</legend>
      <p id="competencyIds-hint" className="mb-2 text-xs text-slate-600">
        {t("trainings.form.competenciesHint")}
      </p>
      <div className="grid max-h-80 gap-4 overflow-y-auto rounded-md border border-slate-200 p-3 sm:grid-cols-3">
        {KINDS.map((kind) => (
          <div key={kind}>
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t(`enums.competencyKind.${kind}`)}</p>
            <ul className="space-y-1">
              {competencies
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <li key={c.id}>
                    <label className="flex items-start gap-2 text-sm text-slate-800">
                      <input type="checkbox" name="competencyIds" value={c.id} defaultChecked={chosen.has(String(c.id))} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
                      <span>
                        {c.name} <span className="text-xs text-slate-500">({c.code})</span>
                      </span>
                    </label>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      {errors?.length ? (
        <p id="competencyIds-error" className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
