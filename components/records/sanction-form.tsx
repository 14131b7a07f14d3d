"use client";

import { useActionState, useState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { SANCTION_LEVELS, type SanctionLevel } from "@/lib/domain/career/enums";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { SANCTION_KIND_SUGGESTIONS, suggestedMonths } from "@/lib/records/sanction-kinds";
import { BLOCKS_CHOICES, resolveBlocks, type BlocksChoice } from "@/lib/records/schemas";
import { BlocksChoiceFieldset } from "./blocks-choice";

export type SanctionDefaults = Record<"level" | "kind" | "reason" | "startDate" | "endDate" | "blocksPromotion" | "skNumber" | "skDate", string> & { version?: number };

type Props = { save: FormAction; defaults: SanctionDefaults; cancelHref: string; today: string };

export function SanctionForm(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  return <SanctionFields key={useStateKey(state)} {...props} state={state} action={action} />;
}

const isLevel = (value: string): value is SanctionLevel => (SANCTION_LEVELS as readonly string[]).includes(value);
const isChoice = (value: string): value is BlocksChoice => (BLOCKS_CHOICES as readonly string[]).includes(value);

function SanctionFields({ defaults, cancelHref, today, state, action }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const value = (name: keyof SanctionDefaults) => state.values?.[name] ?? String(defaults[name] ?? "");
  const errors = (name: string) => state.fieldErrors?.[name];
  const [level, setLevel] = useState(value("level"));
  const [kind, setKind] = useState(value("kind"));
  const [choice, setChoice] = useState<BlocksChoice>(isChoice(value("blocksPromotion")) ? (value("blocksPromotion") as BlocksChoice) : "DEFAULT");
  const chosenLevel = isLevel(level) ? level : null;
  const months = chosenLevel ? suggestedMonths(chosenLevel, kind) : null;
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      {defaults.version ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="level"
          label={t("records.sanction.level")}
          required
          placeholder={t("records.sanction.chooseLevel")}
          value={level}
          onChange={(event) => setLevel(event.target.value)}
          errors={errors("level")}
          options={SANCTION_LEVELS.map((l) => ({ value: l, label: t(`records.sanctionLevel.${l}`) }))}
        />
        <div className="hidden sm:block" aria-hidden="true" />
        <InputField
          name="kind"
          label={t("records.sanction.kind")}
          hint={months ? t("records.sanction.kindMonths", { months }) : t("records.sanction.kindHint")}
          required
          maxLength={200}
          list={chosenLevel ? `sanction-kinds-${chosenLevel}` : undefined}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          errors={errors("kind")}
          className="sm:col-span-2"
        />
        {chosenLevel ? (
          <datalist id={`sanction-kinds-${chosenLevel}`}>
            {SANCTION_KIND_SUGGESTIONS[chosenLevel].map((s) => (
              <option key={s.text} value={s.text} />
            ))}
          </datalist>
        ) : null}
        <TextareaField name="reason" label={t("records.sanction.reason")} required rows={3} maxLength={1000} defaultValue={value("reason")} errors={errors("reason")} className="sm:col-span-2" />
        <InputField name="startDate" label={t("records.sanction.startDate")} type="date" required defaultValue={value("startDate")} errors={errors("startDate")} />
        <InputField name="endDate" label={t("records.sanction.endDate")} hint={t("records.sanction.endDateHint")} optional type="date" defaultValue={value("endDate")} errors={errors("endDate")} />
        <BlocksChoiceFieldset level={chosenLevel} choice={choice} onChange={setChoice} errors={errors("blocksPromotion")} resolved={chosenLevel ? resolveBlocks(chosenLevel, choice) : null} />
        <InputField name="skNumber" label={t("records.skNumber")} required maxLength={100} defaultValue={value("skNumber")} errors={errors("skNumber")} />
        <InputField name="skDate" label={t("records.skDate")} type="date" required max={today} defaultValue={value("skDate")} errors={errors("skDate")} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("common.save")}</SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
