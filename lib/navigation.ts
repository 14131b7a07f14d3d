import { t } from "@/lib/i18n";
import { can, canAny, type Actor, type Permission } from "@/lib/server/permissions";

export type NavGroup = "personal" | "team" | "committee" | "admin";
type Entry = { href: string; label: string; group: NavGroup; needs: readonly Permission[]; unless?: Permission };

// The links a person sees follow the permission table; each page still authorizes on its own.
const ENTRIES: Entry[] = [
  { href: "/", label: t("nav.home"), group: "personal", needs: [] },
  { href: "/profile", label: t("nav.profile"), group: "personal", needs: ["profile.read"] },
  { href: "/skp", label: t("nav.skp"), group: "personal", needs: ["appraisal.own"] },
  { href: "/career", label: t("nav.career"), group: "personal", needs: ["career.own"] },
  { href: "/trainings", label: t("nav.trainings"), group: "personal", needs: ["training.register", "training.manage"] },
  { href: "/mentoring", label: t("nav.mentoring"), group: "personal", needs: ["mentoring.participate", "mentoring.read.all"] },
  { href: "/feedback", label: t("nav.feedback"), group: "personal", needs: ["appraisal.feedback.respond"] },
  { href: "/team", label: t("nav.team"), group: "team", needs: ["appraisal.rate"] },
  { href: "/appeals", label: t("nav.appeals"), group: "team", needs: ["appraisal.appeal.decide"] },
  // A supervisor's directory is their team; HR's is the whole agency, listed with the master data.
  { href: "/employees", label: t("nav.employees"), group: "team", needs: ["employee.read.team"], unless: "employee.read.all" },
  { href: "/development", label: t("nav.development"), group: "team", needs: ["development.read.team"], unless: "development.read.all" },
  { href: "/committee", label: t("nav.committee"), group: "committee", needs: ["committee.review"] },
  // The committee reads the talent pool beside its cases; HR finds it with the other admin tools.
  { href: "/talent", label: t("nav.talent"), group: "committee", needs: ["talent.read"], unless: "talent.manage" },
  { href: "/employees", label: t("nav.employees"), group: "admin", needs: ["employee.read.all"] },
  { href: "/promotions", label: t("nav.promotions"), group: "admin", needs: ["promotion.manage"] },
  { href: "/placements", label: t("nav.placements"), group: "admin", needs: ["placement.manage"] },
  { href: "/talent", label: t("nav.talent"), group: "admin", needs: ["talent.manage"] },
  { href: "/development", label: t("nav.development"), group: "admin", needs: ["development.read.all"] },
  { href: "/appraisal-progress", label: t("nav.appraisalProgress"), group: "admin", needs: ["appraisal.manage"] },
  { href: "/appraisal-settings", label: t("nav.appraisalSettings"), group: "admin", needs: ["appraisal.manage"] },
  { href: "/org-units", label: t("nav.orgUnits"), group: "admin", needs: ["orgUnit.read"] },
  { href: "/positions", label: t("nav.positions"), group: "admin", needs: ["position.read"] },
  { href: "/competencies", label: t("nav.competencies"), group: "admin", needs: ["competency.manage"] },
  { href: "/audit", label: t("nav.audit"), group: "admin", needs: ["audit.read"] },
];

const ORDER: NavGroup[] = ["personal", "team", "committee", "admin"];

export type NavSection = { group: NavGroup; label: string; items: { href: string; label: string }[] };

/** The visible links in groups (own work, one's team, the career committee, administration), empty groups left out. */
export function navigationFor(actor: Actor): NavSection[] {
  const visible = ENTRIES.filter((entry) => (entry.needs.length === 0 || canAny(actor, entry.needs)) && !(entry.unless && can(actor, entry.unless)));
  return ORDER.map((group) => ({
    group,
    label: t(`nav.groups.${group}`),
    items: visible.filter((entry) => entry.group === group).map(({ href, label }) => ({ href, label })),
  })).filter((section) => section.items.length > 0);
}
