import { Card, DetailList } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import type { TrainingDetail } from "@/lib/trainings/catalog-queries";
import { eligibilityText } from "@/lib/trainings/messages";
import { cancelRegistrationAction, registerAction } from "@/lib/trainings/registration-actions";
import { cancelRefusal } from "@/lib/trainings/rules";
import { ConfirmStepForm } from "./confirm-step-form";
import { RegisterForm } from "./register-form";
import { RegistrationBadge } from "./status-badge";

/** The viewer's side of a training: their registration and what they can do next, or why they cannot register. */
export function RegisterPanel({ training }: { training: TrainingDetail }) {
  if (training.problems === null) return null;
  const mine = training.mine;
  if (mine && mine.status !== "CANCELLED") {
    const cancellable = cancelRefusal(mine.status, training.startDate, today()) === null;
    return (
      <Card title={t("trainings.register.yours")}>
        <div className="space-y-4" data-testid="my-registration">
          <DetailList
            items={[
              { label: t("trainings.columns.status"), value: <RegistrationBadge status={mine.status} /> },
              { label: t("trainings.register.requestedAt"), value: formatDateTime(mine.requestedAt) },
              ...(mine.decidedAt ? [{ label: t("trainings.register.decidedAt"), value: `${formatDateTime(mine.decidedAt)}${mine.decider ? ` · ${mine.decider.name}` : ""}` }] : []),
              ...(mine.declineReason ? [{ label: t("trainings.register.declineReason"), value: mine.declineReason }] : []),
              ...(mine.certificateNumber ? [{ label: t("trainings.completion.certificate"), value: `${mine.certificateNumber} · ${formatDate(mine.completedAt)}` }] : []),
              ...(mine.motivation ? [{ label: t("trainings.register.motivation"), value: mine.motivation }] : []),
            ]}
          />
          {mine.status === "PENDING" ? <p className="text-sm text-slate-600">{t("trainings.register.pendingHint")}</p> : null}
          {cancellable ? (
            <ConfirmStepForm
              action={cancelRegistrationAction.bind(null, mine.id, "detail")}
              fields={{ version: mine.version }}
              label={t("trainings.register.cancel")}
              message={t("trainings.register.cancelConfirm", { title: training.title })}
              variant="danger"
            />
          ) : null}
        </div>
      </Card>
    );
  }
  return (
    <Card title={t("trainings.register.title")}>
      {training.problems.length ? (
        <div data-testid="not-eligible">
          <p className="text-sm font-medium text-slate-800">{t("trainings.register.notEligible")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {training.problems.map((problem) => (
              <li key={problem}>{eligibilityText(problem)}</li>
            ))}
          </ul>
        </div>
      ) : training.seatsLeft === 0 ? (
        <p className="text-sm text-slate-800" data-testid="not-eligible">
          {t("trainings.errors.full")}
        </p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("trainings.register.eligible")}</p>
          {mine?.status === "CANCELLED" ? <p className="text-sm text-slate-600">{t("trainings.register.again")}</p> : null}
          <RegisterForm action={registerAction.bind(null, training.id)} />
        </div>
      )}
    </Card>
  );
}
