/** What a form action answers with; shared by server actions and the client forms that render it. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted text, so the form shows what the person typed after a refused submit. */
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

/** A server action as `useActionState` takes it, ids already bound by the page. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
