"use client";

import { useId } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { inputStyles } from "@/components/ui/styles";
import type { FormState } from "@/lib/form-state";
import type { PanelForm } from "./panel-forms";

// A case page holds one panel per candidate, so these fields take their ids from useId instead of
// their names (the shared InputField uses the name as id, which would repeat on the page).

export function ReasonField({ label, hint, errors, defaultValue, minLength }: { label: string; hint?: string; errors?: string[]; defaultValue?: string; minLength: number }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      </label>
      <textarea
        id={id}
        name="reason"
        required
        minLength={minLength}
        maxLength={2000}
        rows={3}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputStyles}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function ChoiceGroup({ name, legend, options, defaultValue, errors }: { name: string; legend: string; options: { value: string; label: string }[]; defaultValue?: string; errors?: string[] }) {
  const id = useId();
  return (
    <fieldset aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} required className="h-4 w-4" />
            {option.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Which of the panel's forms was sent (PanelForms routes it to that form's bound action). */
export function FormName({ form }: { form: PanelForm }) {
  return <input type="hidden" name="form" value={form} />;
}

/** A refused submit's message inside its form; success is shown above the panel's forms (PanelForms). */
export function PanelError({ state }: { state: FormState }) {
  return state.ok ? null : <FormMessage tone="error" message={state.message} />;
}
