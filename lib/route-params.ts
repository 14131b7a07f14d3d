import { notFound } from "next/navigation";

/** A numeric route id, or the not-found page for anything else ("abc", "1e3", "-1"). */
export async function idParam(params: Promise<{ id: string }>): Promise<number> {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  return Number(id);
}

/** The first value of a query parameter. */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
