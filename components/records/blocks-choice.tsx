"use client";

import type { SanctionLevel } from "@/lib/domain/career/enums";
import { DEFAULT_BLOCKS_PROMOTION } from "@/lib/domain/career/sanctions";
import { t } from "@/lib/i18n";
import { BLOCKS_CHOICES, type BlocksChoice } from "@/lib/records/schemas";

const defaultText = (blocks: boolean) => (blocks ? t("records.sanction.defaultYes") : t("records.sanction.defaultNo"));

/**
 * Whether the sanction holds back kenaikan pangkat: by default what the level implies (PP 94/2021),
 * or explicitly yes/no when the SK says so. The note under it says which applies and whether it
 * departs from the default, and is read out when it changes.
 */
export function BlocksChoiceFieldset({
  level,
  choice,
  onChange,
  errors,
  resolved,
}: {
  level: SanctionLevel | null;
  choice: BlocksChoice;
  onChange: (choice: BlocksChoice) => void;
  errors?: string[];
  resolved: boolean | null;
}) {
  const fallback = level ? DEFAULT_BLOCKS_PROMOTION[level] : null;
  const label = (option: BlocksChoice) =>
    option === "DEFAULT"
      ? fallback === null
        ? t("records.sanction.blocksDefault")
        : t("records.sanction.blocksDefaultFor", { level: t(`records.sanctionLevel.${level!}`), value: defaultText(fallback) })
      : option === "YES"
        ? t("records.sanction.blocksYes")
        : t("records.sanction.blocksNo");
  const differs = resolved !== null && fallback !== null && resolved !== fallback;
  return (
    <fieldset className="sm:col-span-2" aria-describedby={`blocksPromotion-note${errors?.length ? " blocksPromotion-error" : ""}`}>
      <legend className="mb-1 text-sm font-medium text-slate-800">
        {t("records.sanction.blocksPromotion")}
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      </legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-4">
        {BLOCKS_CHOICES.map((option) => (
          <label key={option} className="inline-flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="blocksPromotion" value={option} checked={choice === option} onChange={() => onChange(option)} className="h-4 w-4 accent-brand-700" />
            {label(option)}
          </label>
        ))}
      </div>
      <p id="blocksPromotion-note" aria-live="polite" className={`mt-2 rounded-md px-3 py-2 text-xs ${differs ? "bg-amber-50 text-amber-900" : "bg-slate-50 text-slate-700"}`}>
        {t("records.sanction.blocksNote")}
        {differs ? ` ${t("records.sanction.blocksDiffers")}` : ""}
      </p>
      {errors?.length ? (
        <p id="blocksPromotion-error" className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
