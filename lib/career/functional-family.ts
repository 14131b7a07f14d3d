import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel } from "@/lib/domain/positions";

/**
 * "Analis SDM Aparatur Ahli Muda" → "Analis SDM Aparatur": the jabatan fungsional without its
 * jenjang, by the naming convention of positions (name + jenjang label). Null when the name does
 * not follow it, and then any post of the next jenjang in the unit is taken as the step up.
 */
export function functionalFamily(name: string, level: FunctionalLevel): string | null {
  const label = FUNCTIONAL_LEVEL_LABELS[level];
  const trimmed = name.trim();
  if (!trimmed.toLowerCase().endsWith(label.toLowerCase())) return null;
  const family = trimmed.slice(0, trimmed.length - label.length).trim();
  return family === "" ? null : family;
}
