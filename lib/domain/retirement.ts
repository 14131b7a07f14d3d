// Batas usia pensiun (BUP). Ages are configuration: a change in the law is an edit of this table.
import { addYears, firstDayOfNextMonth } from "./dates";
import { positionRuleKey, type FunctionalLevel, type PositionRuleKey, type PositionType } from "./positions";

export const RETIREMENT_AGE_RULES: Record<PositionRuleKey, number> = {
  JPT_UTAMA: 60,
  JPT_MADYA: 60,
  JPT_PRATAMA: 60,
  ADMINISTRATOR: 58,
  PENGAWAS: 58,
  PELAKSANA: 58,
  AHLI_UTAMA: 65,
  AHLI_MADYA: 60,
  AHLI_MUDA: 58,
  AHLI_PERTAMA: 58,
  PEMULA: 58,
  TERAMPIL: 58,
  MAHIR: 58,
  PENYELIA: 58,
};

/** Null only for a functional position without a jenjang, whose BUP cannot be known. */
export function retirementAge(type: PositionType, level: FunctionalLevel | null): number | null {
  const key = positionRuleKey(type, level);
  return key ? RETIREMENT_AGE_RULES[key] : null;
}

/**
 * TMT pensiun: the 1st of the month after the month in which the person reaches the age, so only
 * the birth month matters (born 1 or 31 March 1970, age 58 -> 1 April 2028).
 * Born 29 February: addYears clamps to 28 February in a common year, so the age is reached in
 * February and the pension starts on 1 March. That keeps the rule "month after the birth month"
 * true for leap-day births too, instead of pushing them a month later via 1 March.
 */
export function retirementDate(birthDate: Date, age: number): Date {
  return firstDayOfNextMonth(addYears(birthDate, age));
}
