import { t } from "@/lib/i18n";
import { canAny, type Actor, type Permission } from "@/lib/server/permissions";

type Entry = { href: string; label: string; needs: readonly Permission[] };

// The links a person sees follow the permission table; each page still authorizes on its own.
const ENTRIES: Entry[] = [
  { href: "/", label: t("nav.home"), needs: [] },
  { href: "/profile", label: t("nav.profile"), needs: ["profile.read"] },
  { href: "/skp", label: t("nav.skp"), needs: ["appraisal.own"] },
  { href: "/career", label: t("nav.career"), needs: ["career.own"] },
  { href: "/trainings", label: t("nav.trainings"), needs: ["training.register", "training.manage"] },
  { href: "/mentoring", label: t("nav.mentoring"), needs: ["mentoring.participate", "mentoring.read.all"] },
  { href: "/development", label: t("nav.development"), needs: ["development.read.team", "development.read.all"] },
  { href: "/team", label: t("nav.team"), needs: ["appraisal.rate"] },
  { href: "/feedback", label: t("nav.feedback"), needs: ["appraisal.feedback.respond"] },
  { href: "/appeals", label: t("nav.appeals"), needs: ["appraisal.appeal.decide"] },
  { href: "/appraisal-progress", label: t("nav.appraisalProgress"), needs: ["appraisal.manage"] },
  { href: "/appraisal-settings", label: t("nav.appraisalSettings"), needs: ["appraisal.manage"] },
  { href: "/employees", label: t("nav.employees"), needs: ["employee.read.all", "employee.read.team"] },
  { href: "/org-units", label: t("nav.orgUnits"), needs: ["orgUnit.read"] },
  { href: "/positions", label: t("nav.positions"), needs: ["position.read"] },
  { href: "/competencies", label: t("nav.competencies"), needs: ["competency.manage"] },
  { href: "/audit", label: t("nav.audit"), needs: ["audit.read"] },
];

export function navigationFor(actor: Actor): { href: string; label: string }[] {
  return ENTRIES.filter((entry) => entry.needs.length === 0 || canAny(actor, entry.needs)).map(({ href, label }) => ({ href, label }));
}
