import { CreditSummaryCard } from "@/components/appraisal-admin/credit-summary";
import { Card } from "@/components/ui/layout";
import type { CreditSummary } from "@/lib/appraisal-admin/credit-queries";
import type { CareerPath } from "@/lib/career/career-queries";
import { formatDate, t } from "@/lib/i18n";
import { CareerTimeline } from "./career-timeline";
import { JenjangCard } from "./jenjang-card";
import { KpCard } from "./kp-card";
import { PlacementCandidacies } from "./placement-candidacies";
import { PromotionRounds } from "./promotion-rounds";
import { DatesCard, SummaryCard } from "./summary-card";
import { TargetCard } from "./target-card";

/**
 * The career path of one person: the same view for "Karier Saya" and for HR and supervisors
 * (/employees/[id]/career). Only the person's own page passes the target chooser.
 */
export function CareerView({
  path,
  credit,
  self,
  chooser,
  clear,
}: {
  path: CareerPath;
  credit: CreditSummary | null;
  self: boolean;
  chooser?: React.ReactNode;
  clear?: React.ReactNode;
}) {
  const functional = path.assessment.jenjang !== null;
  return (
    <div className="space-y-6">
      <p className="text-xs text-slate-500">{t("career.asOf", { date: formatDate(path.asOf) })}</p>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <KpCard path={path} />
          {functional ? <JenjangCard path={path} /> : null}
        </div>
        <div className="space-y-6">
          <SummaryCard path={path} />
          <DatesCard path={path} />
          {!functional && path.profile.status === "PNS" ? (
            <Card>
              <p className="text-sm text-slate-600">{t("career.notFunctional")}</p>
            </Card>
          ) : null}
        </div>
      </div>
      <CreditSummaryCard summary={credit} />
      <PromotionRounds employeeId={path.profile.id} educationLevel={path.profile.educationLevel} />
      <PlacementCandidacies employeeId={path.profile.id} />
      <TargetCard path={path} self={self} chooser={chooser} clear={clear} />
      <CareerTimeline path={path} />
    </div>
  );
}
