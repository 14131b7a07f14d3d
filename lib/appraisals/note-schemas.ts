import { z } from "zod";
import { requiredDate, requiredText } from "@/lib/forms/fields";

export const ZNote = z.object({ date: requiredDate, text: requiredText(2000) });
export type TNote = z.infer<typeof ZNote>;
