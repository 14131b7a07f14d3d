import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A person as lists and headers show them beside a record: name with titles, NIP, pangkat, jabatan
 * and unit. One select, so the talent and placement pages name people the same way.
 */
export const personCardSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  rank: { select: { code: true, name: true } },
  position: { select: { name: true } },
  unit: { select: { name: true } },
} satisfies Prisma.EmployeeSelect;

export type PersonCard = Prisma.EmployeeGetPayload<{ select: typeof personCardSelect }>;
