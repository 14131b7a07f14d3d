import { collectPlanRows } from "@/lib/appraisals/plan-draft";

// What the plan editor edits: every value as the text its field shows.
/** A refused save's messages travel with their row, so they stay beside it when rows are moved. */
export type DraftErrors = Partial<Record<string, string[]>>;
export type IndicatorDraft = { key: number; text: string; targetKind: string; targetValue: string; targetUnit: string; targetText: string; errors?: DraftErrors };
export type ResultDraft = { key: number; id: string; text: string; parentResultId: string; indicators: IndicatorDraft[]; errors?: DraftErrors };
export type PlanDraftInput = { id: string; text: string; parentResultId: string; indicators: Omit<IndicatorDraft, "key">[] }[];

let counter = 0;
/** Keys only tell React rows apart across add / remove / move; they never reach the server. */
export const nextKey = () => ++counter;

export const emptyIndicator = (): IndicatorDraft => ({ key: nextKey(), text: "", targetKind: "KUANTITAS", targetValue: "", targetUnit: "", targetText: "" });
export const emptyResult = (): ResultDraft => ({ key: nextKey(), id: "", text: "", parentResultId: "", indicators: [emptyIndicator()] });

/** A new plan opens with one empty RHK to fill in rather than an empty page. */
export function toDrafts(input: PlanDraftInput): ResultDraft[] {
  if (input.length === 0) return [emptyResult()];
  return input.map((r) => ({ ...r, key: nextKey(), indicators: r.indicators.map((i) => ({ ...i, key: nextKey() })) }));
}

/** The messages filed under `<prefix><field>` (`results.0.text` → `text`). */
function errorsUnder(fieldErrors: Record<string, string[] | undefined>, prefix: string): DraftErrors {
  const found: DraftErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = key.startsWith(prefix) ? key.slice(prefix.length) : null;
    if (field && !field.includes(".") && messages) found[field] = messages;
  }
  return found;
}

/** After a refused save: the rows exactly as they were sent, with their messages, so nothing typed is lost. */
export function draftsFromValues(values: Record<string, string>, fieldErrors: Record<string, string[] | undefined> = {}): ResultDraft[] {
  return collectPlanRows(values).map(({ row, indicators }, i) => ({
    key: nextKey(),
    id: row.id ?? "",
    text: row.text ?? "",
    parentResultId: row.parentResultId ?? "",
    errors: errorsUnder(fieldErrors, `results.${i}.`),
    indicators: indicators.map((indicator, j) => ({
      key: nextKey(),
      text: indicator.text ?? "",
      targetKind: indicator.targetKind ?? "KUANTITAS",
      targetValue: indicator.targetValue ?? "",
      targetUnit: indicator.targetUnit ?? "",
      targetText: indicator.targetText ?? "",
      errors: errorsUnder(fieldErrors, `results.${i}.indicators.${j}.`),
    })),
  }));
}
