import { RATINGS, type Rating } from "@/lib/domain/predikat";
import { t } from "@/lib/i18n";

type Props = {
  name: string;
  /** Prefix of the group's element ids; defaults to `name` (several forms on a page need their own). */
  idPrefix?: string;
  legend: string;
  /** Shown under the legend and read with the group (the value's description, the expectation). */
  description?: React.ReactNode;
  defaultValue?: string | null;
  errors?: string[];
  onChange?: (rating: Rating) => void;
  required?: boolean;
};

/** One rating as a radio group: a fieldset whose legend names what is rated, errors tied to it. */
export function RatingGroup({ name, idPrefix = name, legend, description, defaultValue, errors, onChange, required = true }: Props) {
  const describedBy = [description ? `${idPrefix}-desc` : null, errors?.length ? `${idPrefix}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="min-w-0">
      <legend className="text-sm font-medium text-slate-900">
        {legend}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </legend>
      {description ? (
        <div id={`${idPrefix}-desc`} className="mt-1 text-xs text-slate-600">
          {description}
        </div>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {RATINGS.map((rating) => (
          <label key={rating} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600/40">
            <input
              type="radio"
              name={name}
              value={rating}
              defaultChecked={defaultValue === rating}
              required={required}
              aria-describedby={errors?.length ? `${idPrefix}-error` : undefined}
              onChange={onChange ? () => onChange(rating) : undefined}
              className="h-4 w-4 border-slate-300 text-brand-700"
            />
            {t(`appraisal.rating.${rating}`)}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${idPrefix}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
