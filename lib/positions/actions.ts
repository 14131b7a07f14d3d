"use server";

import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { handleForm } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { canAny } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { createPosition, deletePosition, updatePosition } from "./mutations";
import { findPositionUnitId, listActivePositionsForUnit, type PositionOption } from "./queries";
import { ZCreatePosition, ZDeletePosition, ZUpdatePosition } from "./schemas";

// Positions appear in the directory's rows and on profiles, so those pages are refreshed too.
const LISTS = ["/positions", "/org-units", "/employees"];

export async function createPositionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZCreatePosition, createPosition, (id) => ({ revalidate: LISTS, redirectTo: `/positions/${id}?saved=created` }));
}

export async function updatePositionAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(
    formData,
    ZUpdatePosition,
    (user, data) => updatePosition(user, id, data),
    () => ({ revalidate: [...LISTS, `/positions/${id}`], redirectTo: `/positions/${id}?saved=updated` }),
  );
}

export async function deletePositionAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZDeletePosition, (user, data) => deletePosition(user, id, data.version), () => ({ revalidate: LISTS, redirectTo: "/positions?saved=deleted" }));
}

const ZId = z.number().int().positive().max(2_147_483_647);

/** Server actions are public endpoints: the pickers' reads check the session and permission too. */
async function authorizePicker(): Promise<void> {
  const user = await requireUser();
  if (!canAny(user, ["employee.create", "employee.update", "position.read"])) throw new AppError("FORBIDDEN", t("errors.forbidden"));
}

/** Read-only, for position pickers in employee forms: the active positions of one unit. */
export async function positionsForUnitAction(unitId: number): Promise<PositionOption[]> {
  await authorizePicker();
  const parsed = ZId.safeParse(unitId);
  if (!parsed.success) return [];
  return listActivePositionsForUnit(parsed.data);
}

/**
 * Read-only: a picker opened on a position without its unit gets the unit and that unit's active
 * positions in one round trip. Null when the position does not exist.
 */
export async function positionChoicesAction(positionId: number): Promise<{ unitId: number; positions: PositionOption[] } | null> {
  await authorizePicker();
  const parsed = ZId.safeParse(positionId);
  if (!parsed.success) return null;
  const unitId = await findPositionUnitId(parsed.data);
  if (unitId === null) return null;
  return { unitId, positions: await listActivePositionsForUnit(unitId) };
}
