import "server-only";
import { today } from "@/lib/clock";
import { getEmployeeProfile, type EmployeeProfile } from "@/lib/employees/queries";
import { employeeReadScope } from "@/lib/employees/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { assessCareer, type CareerAssessment } from "./assess-career";
import { loadTargetView, targetPositionSelect, type TargetView } from "./target-view-queries";
import { findVacancy } from "./vacancy-queries";

/** Years of predikat the KP search can look at: two before asOf's year, then forward. */
const PREDIKAT_YEARS_BACK = 2;
/** The timeline shows this many of the newest training entries (a long career holds hundreds). */
export const TIMELINE_TRAININGS = 100;

// One statement (relationJoins): everything the career page adds to the profile.
const extrasSelect = (asOf: Date) =>
  ({
    positionHistory: { select: { tmt: true, position: { select: { type: true, functionalLevel: true } } }, orderBy: [{ tmt: "desc" }, { id: "desc" }] },
    annualPerformances: { where: { year: { gte: asOf.getUTCFullYear() - PREDIKAT_YEARS_BACK } }, select: { year: true, predikat: true }, orderBy: { year: "asc" } },
    sanctions: {
      select: { id: true, level: true, kind: true, startDate: true, endDate: true, blocksPromotion: true, skNumber: true, skDate: true },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
    },
    awards: { select: { id: true, name: true, grantor: true, skNumber: true, skDate: true }, orderBy: [{ skDate: "desc" }, { id: "desc" }] },
    creditAwards: { select: { year: true, credit: true, functionalLevel: true, appraisal: { select: { periodStart: true, periodEnd: true } } } },
    developmentHours: {
      where: { source: { in: ["TRAINING", "EXTERNAL"] } },
      select: { id: true, date: true, title: true, hours: true, source: true, type: true },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: TIMELINE_TRAININGS,
    },
    // Decision: a passed uji kompetensi is an assessment HR recorded with "Uji Kompetensi" as its
    // source (the records form offers it as a choice); the schema has no dedicated field for it.
    competencyAssessments: { where: { source: { contains: "uji kompetensi", mode: "insensitive" } }, select: { assessedOn: true } },
    careerTarget: { select: { chosenAt: true, position: { select: targetPositionSelect } } },
    _count: { select: { developmentHours: { where: { source: { in: ["TRAINING", "EXTERNAL"] } } } } },
  }) satisfies Prisma.EmployeeSelect;

type ExtrasRow = Prisma.EmployeeGetPayload<{ select: ReturnType<typeof extrasSelect> }>;

export type TimelineTraining = { id: number; date: Date; title: string; hours: number; source: "TRAINING" | "EXTERNAL" | "MENTORING" };
export type TimelineAward = ExtrasRow["awards"][number];
export type TimelineSanction = ExtrasRow["sanctions"][number];

export type CareerPath = {
  asOf: Date;
  profile: EmployeeProfile;
  predikats: { year: number; predikat: ExtrasRow["annualPerformances"][number]["predikat"] }[];
  assessment: CareerAssessment;
  timeline: { trainings: TimelineTraining[]; trainingsTotal: number; awards: TimelineAward[]; sanctions: TimelineSanction[] };
  /** The person's jabatan target and the gap to it; null when none is chosen. */
  target: TargetView | null;
};

/**
 * Everything the career page shows for one person, or null when the person is absent or outside
 * the user's read scope (lib/employees/scope.ts: HR everyone, supervisors their chain, everyone
 * themselves). Three rounds of indexed statements, whatever the length of the career: the profile
 * and the career extras (each one statement with LATERAL joins), then the vacancy in the next
 * jenjang and the target's gap (latest assessment per competency, trainings for the gaps).
 */
export async function getCareerPath(user: SessionUser, employeeId: number, asOf: Date = today()): Promise<CareerPath | null> {
  const [profile, extras] = await Promise.all([
    getEmployeeProfile(user, employeeId),
    db.employee.findFirst({ where: { AND: [{ id: employeeId }, employeeReadScope(user)] }, select: extrasSelect(asOf) }),
  ]);
  if (!profile || !extras) return null;

  const level = profile.position.type === "FUNGSIONAL" ? profile.position.functionalLevel : null;
  const [vacancy, target] = await Promise.all([
    level ? findVacancy({ positionId: profile.position.id, positionName: profile.position.name, unitId: profile.unit.id, level }) : Promise.resolve(null),
    extras.careerTarget ? loadTargetView(profile, extras.careerTarget, asOf) : Promise.resolve(null),
  ]);

  const predikats = extras.annualPerformances;
  const assessment = assessCareer({
    asOf,
    status: profile.status,
    rankId: profile.rank?.id ?? null,
    rankTmt: profile.rankTmt,
    educationLevel: profile.educationLevel,
    positionType: profile.position.type,
    functionalLevel: profile.position.functionalLevel,
    positionTmt: profile.positionTmt,
    serviceStart: profile.serviceStart,
    predikats,
    sanctions: extras.sanctions,
    credits: extras.creditAwards.map((award) => ({
      year: award.year,
      credit: award.credit.toNumber(),
      functionalLevel: award.functionalLevel,
      periodStart: award.appraisal?.periodStart ?? null,
      periodEnd: award.appraisal?.periodEnd ?? null,
    })),
    positions: extras.positionHistory.map((row) => ({ tmt: row.tmt, type: row.position.type, functionalLevel: row.position.functionalLevel })),
    competencyTests: extras.competencyAssessments.map((row) => row.assessedOn),
    vacancy,
  });

  return {
    asOf,
    profile,
    predikats,
    assessment,
    timeline: {
      trainings: extras.developmentHours.map((row) => ({ id: row.id, date: row.date, title: row.title, hours: row.hours.toNumber(), source: row.source })),
      trainingsTotal: extras._count.developmentHours,
      awards: extras.awards,
      sanctions: extras.sanctions,
    },
    target,
  };
}
