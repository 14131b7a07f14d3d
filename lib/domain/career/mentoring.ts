// Who may mentor whom: a senior colleague who performed well last year.

import type { EmploymentStatus } from "../people";
import type { Predikat } from "../predikat";
import { isAtLeastBaik } from "./kp-performance";

export type MentorProblem = "SAME_PERSON" | "NOT_SENIOR" | "PERFORMANCE";

export type MentoringParty = {
  id: number;
  status: EmploymentStatus;
  rankId: number | null;
  /** Kelas jabatan of the current position; null without a position. */
  grade: number | null;
};

/**
 * Senior = a higher pangkat when both are PNS with a recorded pangkat; otherwise (a PPPK on either
 * side has no pangkat) a higher kelas jabatan. Equal is not senior. A missing grade cannot show
 * seniority. Someone cannot mentor themself: that alone is reported, the other checks would
 * compare a person with themself.
 */
export function mentorProblems({
  mentor,
  mentee,
}: {
  mentor: MentoringParty & { predikatLastYear: Predikat | null };
  mentee: MentoringParty;
}): MentorProblem[] {
  if (mentor.id === mentee.id) return ["SAME_PERSON"];
  const problems: MentorProblem[] = [];
  const senior =
    mentor.status === "PNS" && mentee.status === "PNS" && mentor.rankId !== null && mentee.rankId !== null
      ? mentor.rankId > mentee.rankId
      : mentor.grade !== null && mentee.grade !== null && mentor.grade > mentee.grade;
  if (!senior) problems.push("NOT_SENIOR");
  if (!isAtLeastBaik(mentor.predikatLastYear)) problems.push("PERFORMANCE");
  return problems;
}
