import { Badge } from "@/components/ui/layout";
import type { Tally } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";

/** The counts only (never who): safe to show to the candidate as well as to the committee. */
export function TallyBadge({ tally }: { tally: Tally }) {
  const text = t("committee.tally.text", { recommend: tally.recommend, notRecommend: tally.notRecommend, conflicts: tally.conflicts });
  return (
    <span aria-label={`${t("committee.tally.label")}: ${text}`}>
      <Badge tone={tally.recommend > tally.notRecommend ? "brand" : tally.notRecommend > 0 ? "warning" : "neutral"}>{text}</Badge>
    </span>
  );
}
