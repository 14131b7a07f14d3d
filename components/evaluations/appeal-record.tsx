import { DetailList } from "@/components/ui/layout";
import { formatDateTime, t } from "@/lib/i18n";

type Appeal = {
  reason: string;
  filedAt: Date;
  decision: "UPHELD" | "CHANGED" | null;
  decisionReason: string | null;
  previousPredikat: string;
  newPredikat: string | null;
  decidedAt: Date | null;
  decider: { name: string };
};

const predikat = (value: string | null) => (value ? t(`appraisal.predikat.${value as "BAIK"}`) : t("common.dash"));

/** The whole exchange of an appeal, as it stays on the record. */
export function AppealRecord({ appeal }: { appeal: Appeal }) {
  return (
    <div className="space-y-4 text-sm">
      <div>
        <p className="font-medium text-slate-900">{t("evaluations.appeal.reason")}</p>
        <p className="text-xs text-slate-500">{t("evaluations.appeal.filedAt", { at: formatDateTime(appeal.filedAt) })}</p>
        <p className="mt-1 whitespace-pre-line text-slate-700">{appeal.reason}</p>
      </div>
      {appeal.decision && appeal.decidedAt ? (
        <>
          <DetailList
            items={[
              { label: t("evaluations.appeal.decision"), value: t(`evaluations.appeal.decisions.${appeal.decision}`) },
              { label: t("evaluations.appeal.previous"), value: predikat(appeal.previousPredikat) },
              { label: t("evaluations.appeal.new"), value: predikat(appeal.newPredikat) },
              { label: t("evaluations.appeal.decidedBy"), value: `${appeal.decider.name} · ${formatDateTime(appeal.decidedAt)}` },
            ]}
          />
          <div>
            <p className="font-medium text-slate-900">{t("evaluations.appeal.decisionReason")}</p>
            <p className="mt-1 whitespace-pre-line text-slate-700">{appeal.decisionReason}</p>
          </div>
        </>
      ) : (
        <p className="text-slate-700">{t("evaluations.appeal.waiting", { decider: appeal.decider.name })}</p>
      )}
    </div>
  );
}
