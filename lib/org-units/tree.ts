// Pure tree ordering, shared by the unit tree page and every unit <select> in the product.

export type TreeRow = { id: number; parentId: number | null; name: string };

const collator = new Intl.Collator("id-ID", { sensitivity: "base", numeric: true });

/**
 * Depth-first order with siblings sorted by name (then id, so equal names stay stable), each row
 * with its depth (a root is 0). Rows whose parent is missing from the input are treated as roots, so
 * a partial list still renders instead of silently dropping units.
 */
export function orderTree<T extends TreeRow>(rows: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((row) => row.id));
  const children = new Map<number | null, T[]>();
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    const list = children.get(parent);
    if (list) list.push(row);
    else children.set(parent, [row]);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);

  const ordered: (T & { depth: number })[] = [];
  // An explicit stack instead of recursion: depth is bounded by data, not by the call stack.
  const stack: { row: T; depth: number }[] = [...(children.get(null) ?? [])].reverse().map((row) => ({ row, depth: 0 }));
  while (stack.length) {
    const { row, depth } = stack.pop()!;
    ordered.push({ ...row, depth });
    const kids = children.get(row.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ row: kids[i]!, depth: depth + 1 });
  }
  return ordered;
}

/** Ids of a unit and everything below it, read off a depth-first list (the unit's own block). */
export function subtreeIds(ordered: readonly { id: number; depth: number }[], id: number): Set<number> {
  const start = ordered.findIndex((row) => row.id === id);
  const result = new Set<number>();
  if (start < 0) return result;
  const rootDepth = ordered[start]!.depth;
  result.add(id);
  for (let i = start + 1; i < ordered.length && ordered[i]!.depth > rootDepth; i++) result.add(ordered[i]!.id);
  return result;
}

/** Option label for a unit <select>: non-breaking spaces keep the indentation visible in the list. */
export function indentedLabel(unit: { name: string; depth: number }): string {
  return `${"\u00A0\u00A0\u00A0".repeat(unit.depth)}${unit.name}`;
}
