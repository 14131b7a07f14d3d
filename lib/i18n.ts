import app from "@/messages/id/app.json";
import appraisal from "@/messages/id/appraisal.json";
import appraisalAdmin from "@/messages/id/appraisalAdmin.json";
import audit from "@/messages/id/audit.json";
import auth from "@/messages/id/auth.json";
import career from "@/messages/id/career.json";
import committee from "@/messages/id/committee.json";
import common from "@/messages/id/common.json";
import competencies from "@/messages/id/competencies.json";
import employees from "@/messages/id/employees.json";
import enums from "@/messages/id/enums.json";
import errors from "@/messages/id/errors.json";
import evaluations from "@/messages/id/evaluations.json";
import home from "@/messages/id/home.json";
import mentoring from "@/messages/id/mentoring.json";
import nav from "@/messages/id/nav.json";
import nip from "@/messages/id/nip.json";
import orgUnits from "@/messages/id/orgUnits.json";
import placements from "@/messages/id/placements.json";
import positions from "@/messages/id/positions.json";
import profile from "@/messages/id/profile.json";
import promotions from "@/messages/id/promotions.json";
import records from "@/messages/id/records.json";
import roles from "@/messages/id/roles.json";
import skp from "@/messages/id/skp.json";
import talent from "@/messages/id/talent.json";
import trainings from "@/messages/id/trainings.json";

// The UI speaks Indonesian; every sentence a user reads comes from messages/id/<namespace>.json
// through t(), so wording lives in one place and a second catalog can follow the same keys.
// One file per namespace (usually per feature) keeps parallel work on different features apart.
const id = { app, appraisal, appraisalAdmin, audit, auth, career, committee, common, competencies, employees, enums, errors, evaluations, home, mentoring, nav, nip, orgUnits, placements, positions, profile, promotions, records, roles, skp, talent, trainings };
type Catalog = typeof id;

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalog>;

export const LOCALE = "id-ID";

function lookup(key: string): string {
  let node: unknown = id;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : key;
}

/** `t("employees.count", { n: 3 })` → text with `{n}` replaced. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = lookup(key);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Jakarta",
});
const numberFormat = new Intl.NumberFormat(LOCALE);

/** Date-only values are stored at UTC midnight, so they are formatted in UTC. */
export function formatDate(value: Date | null | undefined): string {
  return value ? dateFormat.format(value) : "—";
}

/** Moments (audit rows, sign-ins) are shown in WIB. */
export function formatDateTime(value: Date | null | undefined): string {
  return value ? `${dateTimeFormat.format(value)} WIB` : "—";
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
