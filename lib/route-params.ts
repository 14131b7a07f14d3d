import { notFound } from "next/navigation";

/** A route segment or query value as a database id; anything else ("abc", "1e3", "0") is null. */
export function parseId(raw: string): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

/** A numeric route id, or the not-found page for anything else. */
export async function idParam(params: Promise<{ id: string }>): Promise<number> {
  const id = parseId((await params).id);
  if (id === null) notFound();
  return id;
}

/** The first value of a query parameter. */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
