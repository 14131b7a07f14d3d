import { inputStyles } from "@/components/ui/styles";

/**
 * A labelled input for forms repeated once per row (attendance, decisions): the field's `name` is
 * what the action reads, its id is made unique per row so labels and error links never collide.
 */
export function RowField({ id, name, label, errors, ...input }: { id: string; name: string; label: string; errors?: string[] } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  const fieldId = `${id}-${name}`;
  return (
    <div>
      <label htmlFor={fieldId} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input id={fieldId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${fieldId}-error` : undefined} className={inputStyles} {...input} />
      {errors?.length ? (
        <p id={`${fieldId}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
