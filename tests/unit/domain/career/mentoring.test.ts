import { describe, expect, it } from "vitest";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { mentorProblems, type MentoringParty } from "@/lib/domain/career/mentoring";
import { rankId } from "./fixtures";

const party = (id: number, status: "PNS" | "PPPK", rank: string | null, grade: number | null): MentoringParty => ({
  id,
  status,
  rankId: rank === null ? null : rankId(rank),
  grade,
});
const check = (mentor: MentoringParty, mentee: MentoringParty, predikat: Predikat | null = "BAIK") =>
  mentorProblems({ mentor: { ...mentor, predikatLastYear: predikat }, mentee });

describe("mentorProblems: seniority", () => {
  it.each<[string, MentoringParty, MentoringParty, boolean]>([
    ["PNS, higher pangkat", party(1, "PNS", "III/d", 8), party(2, "PNS", "III/a", 8), true],
    ["PNS, same pangkat, higher grade", party(1, "PNS", "III/c", 9), party(2, "PNS", "III/c", 7), false],
    ["PNS, lower pangkat, higher grade", party(1, "PNS", "III/b", 12), party(2, "PNS", "III/c", 7), false],
    ["PPPK mentor, higher grade", party(1, "PPPK", null, 9), party(2, "PNS", "III/a", 7), true],
    ["PPPK mentee, higher grade", party(1, "PNS", "III/a", 9), party(2, "PPPK", null, 7), true],
    ["both PPPK, same grade", party(1, "PPPK", null, 7), party(2, "PPPK", null, 7), false],
    ["both PPPK, lower grade", party(1, "PPPK", null, 6), party(2, "PPPK", null, 7), false],
    ["PNS without a recorded pangkat: by grade", party(1, "PNS", null, 9), party(2, "PNS", "III/a", 7), true],
    ["no grade to compare", party(1, "PPPK", null, null), party(2, "PNS", "III/a", 7), false],
  ])("%s", (_, mentor, mentee, senior) => {
    expect(check(mentor, mentee)).toEqual(senior ? [] : ["NOT_SENIOR"]);
  });
});

describe("mentorProblems: last year's predikat", () => {
  it.each<Predikat | null>([...PREDIKATS, null])("%s", (predikat) => {
    const ok = predikat === "SANGAT_BAIK" || predikat === "BAIK";
    expect(check(party(1, "PNS", "IV/a", 12), party(2, "PNS", "III/a", 8), predikat)).toEqual(ok ? [] : ["PERFORMANCE"]);
  });

  it("reports every problem, in order", () => {
    expect(check(party(1, "PNS", "III/a", 8), party(2, "PNS", "III/b", 8), "KURANG")).toEqual([
      "NOT_SENIOR",
      "PERFORMANCE",
    ]);
  });

  it("the same person is only SAME_PERSON", () => {
    const me = party(5, "PNS", "III/a", 8);
    expect(check(me, me, null)).toEqual(["SAME_PERSON"]);
  });
});
