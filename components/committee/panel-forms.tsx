"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { CorrectForm, DecideForm } from "./decision-forms";
import { ConflictForm, VoteForm } from "./word-forms";

export type PanelForm = "vote" | "conflict" | "decide" | "correct";
type PanelState = { form: PanelForm | null; result: FormState };
const initialPanelState: PanelState = { form: null, result: initialFormState };

/** What a panel form gets: its own last answer (empty after another form's) and the shared action. */
export type PanelFormProps = { state: FormState; formAction: (formData: FormData) => void };

/**
 * The forms a member may use on one candidate now, behind ONE action state held here. A successful
 * word or conflict declaration takes its form away (the revalidated panel no longer offers it), which
 * would take a message kept inside that form with it; kept here, "Pendapat Anda tersimpan." stays on
 * screen. Each form names itself in a `form` field; the bound server action for it does the work.
 */
export function PanelForms({ actions, version, current }: { actions: Partial<Record<PanelForm, FormAction>>; version: number; current: string | null }) {
  const [state, formAction] = useActionState(async (_previous: PanelState, formData: FormData): Promise<PanelState> => {
    const form = formData.get("form");
    const action = typeof form === "string" ? actions[form as PanelForm] : undefined;
    // A form the panel no longer offers (a stale tab): nothing to send; the page shows why.
    if (!action) return initialPanelState;
    return { form: form as PanelForm, result: await action(initialFormState, formData) };
  }, initialPanelState);
  const propsFor = (form: PanelForm): PanelFormProps => ({ state: state.form === form ? state.result : initialFormState, formAction });
  return (
    <>
      {state.result.ok ? <FormMessage tone="success" message={state.result.message} /> : null}
      {actions.vote ? <VoteForm {...propsFor("vote")} /> : null}
      {actions.conflict ? <ConflictForm {...propsFor("conflict")} /> : null}
      {actions.decide ? <DecideForm {...propsFor("decide")} version={version} current={current} /> : null}
      {actions.correct ? <CorrectForm {...propsFor("correct")} version={version} current={current} /> : null}
    </>
  );
}
