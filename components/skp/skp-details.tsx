import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { DetailList } from "@/components/ui/layout";
import type { AppraisalDetail } from "@/lib/appraisals/plan-queries";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { PlanStatusBadge } from "./status-badge";

type Person = AppraisalDetail["employee"];

const personText = (p: Person | null) => (p ? `${fullName(p)} (${p.nip})` : t("skp.detail.noRaterRater"));

/** Who, what post, which period and where the plan stands; the employee on a returned draft sees why. */
export function SkpDetails({ skp, successorId = null }: { skp: AppraisalDetail; successorId?: number | null }) {
  const items = [
    { label: t("skp.detail.employee"), value: personText(skp.employee) },
    { label: t("skp.detail.position"), value: `${skp.position.name} · ${skp.unit.name}` },
    { label: t("skp.detail.rater"), value: personText(skp.rater) },
    { label: t("skp.detail.raterRater"), value: personText(skp.raterRater) },
    { label: t("skp.detail.period"), value: `${formatDate(skp.periodStart)} – ${formatDate(skp.periodEnd)}` },
    { label: t("skp.detail.status"), value: <PlanStatusBadge status={skp.status} /> },
  ];
  if (skp.submittedAt) items.push({ label: t("skp.detail.submittedAt"), value: formatDateTime(skp.submittedAt) });
  if (skp.agreedAt) items.push({ label: t("skp.detail.agreedAt"), value: formatDateTime(skp.agreedAt) });
  if (skp.closedAt) {
    items.push({
      label: t("skp.detail.closedAt"),
      value: (
        <>
          {formatDateTime(skp.closedAt)} — {skp.closedReason ?? ""}
          {successorId ? (
            <>
              {" · "}
              <SkpLink id={successorId}>{t("skp.detail.successor")}</SkpLink>
            </>
          ) : null}
        </>
      ),
    });
  }
  return (
    <div className="space-y-4">
      <DetailList items={items} />
      {skp.status === "DRAFT" && skp.returnComment ? (
        <div role="note" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-semibold">{t("skp.detail.returned")}</p>
          <p className="mt-1 whitespace-pre-line">{skp.returnComment}</p>
        </div>
      ) : null}
    </div>
  );
}

/** A link to another SKP (the successor or a team member's plan); scope is checked on that page. */
export function SkpLink({ id, children }: { id: number; children: React.ReactNode }) {
  return (
    <Link href={`/skp/${id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}
