import type { AppraisalSettings } from "@/lib/appraisals/settings";
import { appealDeadline, evaluationTransition, type EvaluationAction, type EvaluationError } from "@/lib/domain/appraisal/evaluation-state";
import type { EvaluationPeriod } from "@/lib/domain/appraisal/periods";
import type { AppraisalRow, EvaluationRowView } from "./evaluation-queries";
import { periodName, periodSlug } from "./period-slug";

// Turns the rows of an evaluation page into what this viewer may see and do. The rules that hide
// things live here, next to the query, not in the page: an employee sees an annual rating only once
// it is released; nobody but the rater (and HR) sees 360 input; actions follow the state machine.

export type Viewer = { isEmployee: boolean; isRater: boolean; isDecider: boolean; isHr: boolean };

/** An action the viewer may take now, or why not (null: not theirs to take at all). */
export type Availability = { ok: true } | { ok: false; error: EvaluationError | "NO_DECIDER" | "SELF_RATING" } | null;

type Input = {
  appraisal: AppraisalRow;
  evaluation: EvaluationRowView | null;
  period: EvaluationPeriod;
  settings: AppraisalSettings;
  annualOpens: Date;
  today: Date;
  viewer: Viewer;
};

const RELEASED = ["RELEASED", "ACKNOWLEDGED", "APPEALED", "FINAL"] as const;

export function buildEvaluationView(input: Input) {
  const { appraisal, evaluation, period, settings, viewer } = input;
  const status = evaluation?.status ?? null;
  const check = (action: EvaluationAction): Availability => {
    const result = evaluationTransition({
      action,
      kind: period.kind,
      status,
      planStatus: appraisal.status,
      planWasAgreed: appraisal.agreedAt !== null,
      today: input.today,
      periodStart: period.start,
      annualOpens: input.annualOpens,
      releasedAt: evaluation?.releasedAt ?? null,
      appealDays: settings.appealDays,
    });
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  };
  const annual = period.kind === "ANNUAL";
  const released = status !== null && (RELEASED as readonly string[]).includes(status);
  const rated = status !== null && status !== "OPEN" && status !== "SELF_ASSESSED";
  // Before release the employee must not learn whether an annual result exists yet.
  const ratingsVisible = viewer.isRater || viewer.isHr || viewer.isDecider || (viewer.isEmployee && (annual ? released : rated));
  const selfRating = appraisal.raterId === appraisal.employeeId;

  const appeal = (): Availability => {
    if (!viewer.isEmployee || !annual) return null;
    const result = check("APPEAL");
    if (result?.ok && appraisal.raterRaterId === null) return { ok: false, error: "NO_DECIDER" };
    return result;
  };

  return {
    appraisal,
    period: { ...period, slug: periodSlug(period, settings.frequency), name: periodName(period, settings.frequency) },
    frequency: settings.frequency,
    annualOpens: input.annualOpens,
    viewer,
    evaluation: evaluation && {
      id: evaluation.id,
      status: evaluation.status,
      version: evaluation.version,
      selfAssessment: evaluation.selfAssessment,
      selfAssessedAt: evaluation.selfAssessedAt,
      ratedAt: ratingsVisible ? evaluation.ratedAt : null,
      releasedAt: evaluation.releasedAt,
      acknowledgedAt: evaluation.acknowledgedAt,
      ratings: ratingsVisible && rated ? pickRatings(evaluation) : null,
      appeal: evaluation.appeal,
      feedbackRequests: viewer.isRater || viewer.isHr ? evaluation._count.feedbackRequests : 0,
    },
    appealDeadline: evaluation?.releasedAt && annual ? appealDeadline(evaluation.releasedAt, settings.appealDays) : null,
    actions: {
      selfAssess: viewer.isEmployee ? check("SELF_ASSESS") : null,
      rate: viewer.isRater ? (selfRating ? ({ ok: false, error: "SELF_RATING" } as const) : check("RATE")) : null,
      acknowledge: viewer.isEmployee ? check("ACKNOWLEDGE") : null,
      appeal: appeal(),
    },
  };
}

function pickRatings(evaluation: EvaluationRowView) {
  return {
    workRating: evaluation.workRating,
    behaviourRating: evaluation.behaviourRating,
    predikat: evaluation.predikat,
    feedback: evaluation.feedback,
    results: evaluation.resultRatings,
    values: evaluation.behaviourRatings,
  };
}

export type EvaluationView = ReturnType<typeof buildEvaluationView>;
