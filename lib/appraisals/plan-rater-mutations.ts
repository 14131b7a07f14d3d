import "server-only";
import { today } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { authorize, can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { claimScoped, planRefusal } from "./plan-guard";
import { closeAndReopen, type SplitResult } from "./plan-split";
import type { TChangeRater } from "./plan-schemas";

/** A rater acts through an active account with the Atasan role; anyone else could never open the SKP. */
async function byNip(tx: Tx, nip: string, field: string) {
  const person = await tx.employee.findUnique({ where: { nip }, select: { id: true, supervisorId: true, user: { select: { active: true, roles: true } } } });
  if (!person) throw fieldError(field, t("skp.errors.nipNotFound"));
  if (!person.user?.active || !can(person.user, "appraisal.rate")) throw fieldError(field, t("skp.errors.notAtasan"));
  return person;
}

/**
 * "Ganti pejabat penilai" (HR): the SKP closes today and a new one opens with the chosen rater (and
 * rater's rater, by default the new rater's own supervisor). An SKP of a past year is retargeted in
 * place: its year is over, so there is no rest of the year to give a new SKP.
 */
export async function changeRater(actor: SessionUser, appraisalId: number, input: TChangeRater): Promise<SplitResult> {
  authorize(actor, "appraisal.manage");
  return db.$transaction(async (tx) => {
    const appraisal = await claimScoped(tx, appraisalId, {}, input.version);
    if (appraisal.status === "CLOSED") throw planRefusal("ALREADY_CLOSED");
    const rater = await byNip(tx, input.raterNip, "raterNip");
    if (rater.id === appraisal.employeeId) throw fieldError("raterNip", t("skp.errors.raterSelf"));
    const raterRaterId = input.raterRaterNip ? (await byNip(tx, input.raterRaterNip, "raterRaterNip")).id : rater.supervisorId;
    if (raterRaterId === appraisal.employeeId || raterRaterId === rater.id) throw fieldError("raterRaterNip", t("skp.errors.raterRaterInvalid"));
    if (rater.id === appraisal.raterId && raterRaterId === appraisal.raterRaterId) throw fieldError("raterNip", t("skp.errors.raterUnchanged"));
    const now = today();
    const effective = now.getUTCFullYear() === appraisal.year ? now : appraisal.periodStart;
    const result = await closeAndReopen(tx, appraisal.employeeId, effective, input.reason, actor.userId, { raterId: rater.id, raterRaterId });
    // The claimed SKP is the open one of its year, so this only fails on data no write produces.
    if (!result) throw new AppError("CONFLICT", t("errors.conflict"));
    return result;
  });
}
