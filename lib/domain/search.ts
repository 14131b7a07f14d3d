// One normalisation for both sides of a name search: it fills employees.search_name and is applied
// to the user's query, so "SITÍ NUR'AINI", "siti nuraini" and "Siti Nur’aini" all meet.

// Apostrophe look-alikes (ASCII, typographic quotes, modifier letter, grave and acute accents)
// are deleted, not turned into spaces: in Indonesian names they mark a glottal stop inside one
// word (Nur'aini, Ma'ruf) and are as often left out ("Nuraini"), so "nuraini" must find "Nur'aini".
const APOSTROPHES = /['\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032]/g;
const COMBINING_MARKS = /\p{M}/gu;
// Anything else that is not a letter or a digit (dots of "S.Kom.", commas, hyphens) separates words.
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case, accent-free, letters and digits separated by single spaces, trimmed.
 * NFKD rather than NFD also folds compatibility forms (full-width letters from some keyboards,
 * ligatures such as "ﬁ"), so the result may be slightly longer than the input.
 */
export function normalizeSearch(text: string): string {
  return text
    .replace(APOSTROPHES, "")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NON_WORD, " ")
    .trim();
}
