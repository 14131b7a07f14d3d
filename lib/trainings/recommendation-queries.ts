import "server-only";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import { CORE_VALUE_COMPETENCIES, recommend, type GapPositionKind } from "@/lib/domain/career/development";
import { positionGap } from "@/lib/domain/career/position-gap";
import { employeeReadScope } from "@/lib/employees/scope";
import { periodName } from "@/lib/evaluations/period-slug";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { latestEvaluations, latestLevels, personSelect, type PersonRow } from "./recommendation-inputs-queries";
import { reasonText, type ReasonFacts } from "./recommendation-text";
import { eligibilityProblems } from "./rules";

export type RecommendationReason = ReasonFacts & { text: string };
export type RecommendedTraining = {
  training: { id: number; title: string; kind: string; type: string; provider: string; mode: string; startDate: Date; endDate: Date; registrationDeadline: Date; hours: number; seatsLeft: number };
  reasons: RecommendationReason[];
};
export type Recommendations = {
  employeeId: number;
  /** "Triwulan 3 2026": the evaluation the behaviour and result reasons come from, if any. */
  evaluation: string | null;
  targetPosition: { id: number; name: string } | null;
  items: RecommendedTraining[];
};
/** "all" (the person's and the supervisor's view) or only gaps to the jabatan target (the career page). */
export type RecommendationFocus = "all" | "targetGaps";

type Gap = { competencyId: number; gap: number; target: GapPositionKind; required: number; actual: number | null };

function gapsOf(person: PersonRow, levels: ReadonlyMap<number, number>, focus: RecommendationFocus): Gap[] {
  const measure = (position: NonNullable<PersonRow["careerTarget"]>["position"], target: GapPositionKind) =>
    positionGap({
      person: { status: person.status, rankId: person.rankId, educationLevel: person.educationLevel, competencies: levels },
      target: { minRankId: null, minEducation: null, competencies: position.competencies.map((c) => ({ competencyId: c.competency.id, requiredLevel: c.requiredLevel })) },
    }).competencies.map((row) => ({ ...row, target }));
  const target = person.careerTarget?.position;
  // A target equal to the current post would list every gap twice.
  const targetGaps = target && target.id !== person.position.id ? measure(target, "TARGET") : [];
  return focus === "targetGaps" ? targetGaps : [...measure(person.position, "CURRENT"), ...targetGaps];
}

/**
 * Suggested catalog trainings for several people at once (a supervisor's team) in a fixed number of
 * statements whatever the team size: the people with their position standard and jabatan target,
 * their latest released evaluation, their latest assessed levels, then the open catalog trainings
 * that develop any competency named by a reason. Only trainings the person can still register for
 * (eligible, seats left, not registered already) are suggested. People outside the user's read
 * scope are simply absent from the result.
 */
export async function getRecommendationsFor(user: SessionUser, employeeIds: readonly number[], focus: RecommendationFocus = "all"): Promise<Map<number, Recommendations>> {
  const result = new Map<number, Recommendations>();
  if (employeeIds.length === 0) return result;
  const people = await db.employee.findMany({ where: { AND: [{ id: { in: [...employeeIds] } }, employeeReadScope(user)] }, select: personSelect });
  if (people.length === 0) return result;
  const ids = people.map((p) => p.id);
  const codes = [...new Set(Object.values(CORE_VALUE_COMPETENCIES).flat())];
  const [evaluations, levels, dictionary, settings] = await Promise.all([
    focus === "all" ? latestEvaluations(ids) : Promise.resolve(new Map<number, never>()),
    latestLevels(ids),
    db.competency.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }),
    getAppraisalSettings(),
  ]);
  const codeToId = new Map(dictionary.map((c) => [c.code, c.id]));

  const inputs = people.map((person) => {
    const evaluation = evaluations.get(person.id) ?? null;
    const gaps = gapsOf(person, levels.get(person.id) ?? new Map(), focus);
    const technical = person.position.competencies.filter((c) => c.competency.kind === "TEKNIS").map((c) => c.competency.id);
    const names = new Map([...person.position.competencies, ...(person.careerTarget?.position.competencies ?? [])].map((c) => [c.competency.id, c.competency.name]));
    return { person, evaluation, gaps, technical, names };
  });
  const wanted = new Set<number>([...codeToId.values(), ...inputs.flatMap((i) => [...i.technical, ...i.gaps.filter((g) => g.gap > 0).map((g) => g.competencyId)])]);

  const now = today();
  const trainings = await db.training.findMany({
    where: { published: true, startDate: { gte: now }, registrationDeadline: { gte: now }, competencies: { some: { competencyId: { in: [...wanted] } } } },
    select: {
      id: true, title: true, kind: true, type: true, provider: true, mode: true, startDate: true, endDate: true, registrationDeadline: true, hours: true, quota: true, seatsTaken: true,
      published: true, positionTypes: true, minRankId: true, unitId: true, competencies: { select: { competencyId: true } },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    // The upcoming catalog is a few dozen trainings; the cap only guards the page.
    take: 300,
  });
  const registered = trainings.length
    ? await db.trainingRegistration.findMany({ where: { employeeId: { in: ids }, trainingId: { in: trainings.map((t) => t.id) }, status: { not: "CANCELLED" } }, select: { employeeId: true, trainingId: true } })
    : [];
  const taken = new Set(registered.map((r) => `${r.employeeId}:${r.trainingId}`));
  const byId = new Map(trainings.map((training) => [training.id, training]));

  for (const { person, evaluation, gaps, technical, names } of inputs) {
    const registrant = { rankId: person.rankId, positionType: person.position.type, unitPath: person.unit.path };
    const open = trainings.filter((tr) => tr.seatsTaken < tr.quota && !taken.has(`${person.id}:${tr.id}`) && eligibilityProblems(tr, registrant, now).length === 0);
    const period = evaluation ? `${periodName(evaluation, settings.frequency)} ${evaluation.year}` : null;
    const gapFacts = new Map(gaps.map((g) => [`${g.target}:${g.competencyId}`, g]));
    const suggestions = recommend({
      belowValues: evaluation?.belowValues ?? [],
      resultBelow: evaluation?.resultBelow ?? false,
      gaps,
      technicalCompetencyIds: technical,
      codeToId,
      trainings: open.map((tr) => ({ id: tr.id, competencyIds: tr.competencies.map((c) => c.competencyId) })),
    });
    const items = suggestions.flatMap(({ trainingId, reasons }) => {
      const tr = byId.get(trainingId);
      if (!tr) return [];
      const facts = reasons.map((reason): ReasonFacts => {
        if (reason.kind !== "GAP") return { ...reason, period: period ?? "" };
        const gap = gapFacts.get(`${reason.target}:${reason.competencyId}`);
        return { kind: "GAP", competency: names.get(reason.competencyId) ?? "", target: reason.target, required: gap?.required ?? reason.gap, actual: gap?.actual ?? null };
      });
      const { competencies: _c, published: _p, positionTypes: _t, minRankId: _r, unitId: _u, quota, seatsTaken, hours, ...shown } = tr;
      return [{ training: { ...shown, hours: Number(hours), seatsLeft: quota - seatsTaken }, reasons: facts.map((f) => ({ ...f, text: reasonText(f) })) }];
    });
    const target = person.careerTarget?.position;
    result.set(person.id, { employeeId: person.id, evaluation: period, targetPosition: target ? { id: target.id, name: target.name } : null, items });
  }
  return result;
}

/** One person's suggestions (for "Pelatihan saya" and the career page); null outside the read scope. */
export async function getRecommendations(user: SessionUser, employeeId: number, focus: RecommendationFocus = "all"): Promise<Recommendations | null> {
  return (await getRecommendationsFor(user, [employeeId], focus)).get(employeeId) ?? null;
}
