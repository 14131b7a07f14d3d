import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (two people creating the same NIP at once, say). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
