// Pure helpers for showing an audit row's before/after: which top-level keys changed, and the JSON
// split per key so the page can mark the changed ones.

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Top-level keys whose value differs between before and after (added and removed keys included).
 * When only one side exists (create, delete) nothing is "changed": the whole record is new or gone.
 */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isObject(before) || !isObject(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

export type JsonLine = { key: string | null; text: string };

/**
 * Pretty-printed JSON as one entry per top-level key (the key is null for non-objects), each entry's
 * text ready to sit inside `{ … }` at two spaces of indentation.
 */
export function jsonEntries(value: unknown): JsonLine[] {
  if (!isObject(value)) return [{ key: null, text: JSON.stringify(value, null, 2) ?? "null" }];
  const keys = Object.keys(value);
  return keys.map((key, index) => {
    const body = JSON.stringify(value[key], null, 2)?.replace(/\n/g, "\n  ") ?? "null";
    return { key, text: `  ${JSON.stringify(key)}: ${body}${index < keys.length - 1 ? "," : ""}` };
  });
}
