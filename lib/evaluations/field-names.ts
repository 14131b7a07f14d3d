import type { CoreValue } from "@/lib/domain/appraisal/core-values";

// Field names of the rating and 360 forms, shared by the client forms and the schemas: one radio
// group per RHK (by plan result id) and per core value, each with an optional note.
export const resultField = (resultId: number) => `result_${resultId}`;
export const resultNoteField = (resultId: number) => `resultNote_${resultId}`;
export const valueField = (value: CoreValue) => `value_${value}`;
export const valueNoteField = (value: CoreValue) => `valueNote_${value}`;
export const commentField = (value: CoreValue) => `comment_${value}`;
export const nipField = (slot: number) => `nip${slot}`;
