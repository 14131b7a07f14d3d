import "server-only";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { t } from "@/lib/i18n";

/**
 * Optimistic lock on an employee record: bumps the version only if it is still the one the form was
 * opened with. Every change to an employee (identity, pangkat, jabatan, pendidikan) goes through it,
 * so two admins editing the same person cannot overwrite each other silently.
 */
export async function claimEmployeeVersion(tx: Tx, id: number, version: number): Promise<void> {
  const { count } = await tx.employee.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (count === 1) return;
  const exists = await tx.employee.count({ where: { id } });
  throw exists ? new AppError("CONFLICT", t("errors.conflict")) : new AppError("NOT_FOUND", t("errors.notFound"));
}
