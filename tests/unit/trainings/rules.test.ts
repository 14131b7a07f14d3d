// Registration rules: who may register (each restriction alone and PPPK), and which step a
// registration may take next, row by row of the state table.
import { describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/domain/dates";
import {
  bulkCertificateNumber,
  cancelRefusal,
  completionRefusal,
  decisionRefusal,
  eligibilityProblems,
  registerAgainRefusal,
  type Registrant,
  type TrainingRules,
} from "@/lib/trainings/rules";
import type { RegistrationStatus } from "@/lib/domain/career/enums";

const TODAY = dateOnly(2026, 11, 23);
const open: TrainingRules = { published: true, registrationDeadline: TODAY, positionTypes: [], minRankId: null, unitId: null };
const person: Registrant = { rankId: 9, positionType: "PELAKSANA", unitPath: [1, 4, 12] };

describe("eligibilityProblems", () => {
  it("accepts everyone for an open training, up to and including the deadline day", () => {
    expect(eligibilityProblems(open, person, TODAY)).toEqual([]);
    expect(eligibilityProblems(open, person, dateOnly(2026, 11, 24))).toEqual(["DEADLINE_PASSED"]);
  });

  it.each([
    ["unpublished", { published: false }, person, ["NOT_PUBLISHED"]],
    ["another position type", { positionTypes: ["PENGAWAS", "ADMINISTRATOR"] as const }, person, ["POSITION_TYPE"]],
    ["one of the listed types", { positionTypes: ["PENGAWAS", "PELAKSANA"] as const }, person, []],
    ["pangkat below the minimum", { minRankId: 10 }, person, ["MIN_RANK"]],
    ["pangkat equal to the minimum", { minRankId: 9 }, person, []],
    ["a PPPK (no pangkat) against a minimum", { minRankId: 1 }, { ...person, rankId: null }, ["MIN_RANK"]],
    ["a PPPK without a minimum", {}, { ...person, rankId: null }, []],
    ["the unit itself", { unitId: 12 }, person, []],
    ["an ancestor unit (sub-units included)", { unitId: 4 }, person, []],
    ["a sibling unit", { unitId: 13 }, person, ["UNIT"]],
  ])("%s", (_label, rules, who, expected) => {
    expect(eligibilityProblems({ ...open, ...(rules as Partial<TrainingRules>) }, who, TODAY)).toEqual(expected);
  });

  it("lists every problem at once, in a fixed order", () => {
    const closed: TrainingRules = { published: false, registrationDeadline: dateOnly(2026, 1, 1), positionTypes: ["JPT_PRATAMA"], minRankId: 17, unitId: 99 };
    expect(eligibilityProblems(closed, person, TODAY)).toEqual(["NOT_PUBLISHED", "DEADLINE_PASSED", "POSITION_TYPE", "MIN_RANK", "UNIT"]);
  });
});

const ALL: RegistrationStatus[] = ["PENDING", "APPROVED", "DECLINED", "CANCELLED", "COMPLETED", "NOT_COMPLETED"];
const tomorrow = dateOnly(2026, 11, 24);

describe("step rules", () => {
  it.each(ALL.map((status) => [status]))("registering again over a %s registration", (status) => {
    const expected = status === "CANCELLED" ? null : status === "DECLINED" ? "DECLINED_BEFORE" : "ALREADY_REGISTERED";
    expect(registerAgainRefusal(status)).toBe(expected);
  });

  it("registers a first time", () => expect(registerAgainRefusal(null)).toBeNull());

  it.each(ALL.map((status) => [status]))("cancelling a %s registration before and on the start day", (status) => {
    const holds = status === "PENDING" || status === "APPROVED";
    expect(cancelRefusal(status, tomorrow, TODAY)).toBe(holds ? null : "NOT_CANCELLABLE");
    expect(cancelRefusal(status, TODAY, TODAY)).toBe(holds ? "STARTED" : "NOT_CANCELLABLE");
  });

  it.each(ALL.map((status) => [status]))("deciding a %s registration", (status) => {
    const pending = status === "PENDING";
    expect(decisionRefusal(status, "APPROVE", tomorrow, TODAY)).toBe(pending ? null : "NOT_PENDING");
    expect(decisionRefusal(status, "DECLINE", TODAY, TODAY)).toBe(pending ? null : "NOT_PENDING");
    expect(decisionRefusal(status, "APPROVE", TODAY, TODAY)).toBe(pending ? "STARTED" : "NOT_PENDING");
  });

  it.each(ALL.map((status) => [status]))("recording attendance of a %s registration", (status) => {
    const recordable = status === "APPROVED" || status === "COMPLETED" || status === "NOT_COMPLETED";
    expect(completionRefusal(status, TODAY, TODAY)).toBe(recordable ? null : "NOT_ATTENDING");
    expect(completionRefusal(status, tomorrow, TODAY)).toBe(recordable ? "NOT_STARTED" : "NOT_ATTENDING");
  });

  it("numbers bulk certificates from 001", () => {
    expect([0, 1, 99, 999].map((i) => bulkCertificateNumber("800/BPSDM/2026/", i))).toEqual(["800/BPSDM/2026/001", "800/BPSDM/2026/002", "800/BPSDM/2026/100", "800/BPSDM/2026/1000"]);
  });
});
