import { t } from "@/lib/i18n";
import { inputStyles } from "./styles";

type FieldShell = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  /** Marks the label "(opsional)"; filters and search boxes set neither. */
  optional?: boolean;
  className?: string;
};

function describedBy(name: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Shell({ name, label, hint, errors, required, optional, className = "", children }: FieldShell & { children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={name} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : optional ? (
          <span className="font-normal text-slate-500"> ({t("common.optional")})</span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type InputFieldProps = FieldShell & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">;

export function InputField({ name, label, hint, errors, required, optional, className, ...input }: InputFieldProps) {
  return (
    <Shell name={name} label={label} hint={hint} errors={errors} required={required} optional={optional} className={className}>
      <input
        id={name}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={inputStyles}
        {...input}
      />
    </Shell>
  );
}

export type Option = { value: string; label: string };

type SelectFieldProps = FieldShell &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly Option[]; placeholder?: string };

export function SelectField({ name, label, hint, errors, required, optional, className, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <Shell name={name} label={label} hint={hint} errors={errors} required={required} optional={optional} className={className}>
      <select
        id={name}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={inputStyles}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

type TextareaFieldProps = FieldShell & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

export function TextareaField({ name, label, hint, errors, required, optional, className, ...textarea }: TextareaFieldProps) {
  return (
    <Shell name={name} label={label} hint={hint} errors={errors} required={required} optional={optional} className={className}>
      <textarea
        id={name}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={inputStyles}
        {...textarea}
      />
    </Shell>
  );
}
