// The optimistic-lock token of a set of distribution rules. Saving a table replaces its rows, so the
// fresh ids alone would already differ; the versions are included so that any edit of a row by other
// means also invalidates a form opened before it.

export function ruleStamp(rows: readonly { id: number; version: number }[]): string {
  return [...rows]
    .sort((a, b) => a.id - b.id)
    .map((row) => `${row.id}:${row.version}`)
    .join(",");
}
