import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/domain/dates";
import {
  allowsAction,
  CASE_ACTION_LIST,
  CASE_STATUSES,
  checkClose,
  checkConflict,
  checkCorrection,
  checkDecide,
  checkRoundPeriod,
  checkVote,
  DECISIONS,
  majorityDecision,
  nextStatus,
  PROMOTION_ROUTES,
  rankChangeKind,
  screenedLine,
  skNumber,
  skNumberParts,
  skSequence,
  tally,
  type CaseAction,
  type CaseStatus,
} from "@/lib/domain/promotion-round";
import * as Prisma from "@/lib/generated/prisma/enums";

const d = (iso: string) => parseIsoDate(iso)!;
const sorted = (values: Iterable<string>) => [...values].sort();

describe("hand-written unions match the schema", () => {
  it.each([
    ["CaseStatus", CASE_STATUSES, Prisma.CaseStatus],
    ["PromotionRoute", PROMOTION_ROUTES, Prisma.PromotionRoute],
    ["CommitteeDecision", DECISIONS, Prisma.CommitteeDecision],
  ] as const)("%s", (_name, domain, prisma) => {
    expect(sorted(domain)).toEqual(sorted(Object.values(prisma)));
  });
});

// Every cell of the state machine: a step is allowed in exactly one state.
const ALLOWED: Record<CaseAction, CaseStatus> = {
  screen: "DRAFT",
  add: "DRAFT",
  remove: "DRAFT",
  send: "DRAFT",
  conflict: "IN_REVIEW",
  vote: "IN_REVIEW",
  decide: "IN_REVIEW",
  close: "IN_REVIEW",
  correct: "CLOSED",
};

describe("case state machine", () => {
  const cells = CASE_STATUSES.flatMap((status) => CASE_ACTION_LIST.map((action) => [status, action, ALLOWED[action] === status] as const));
  it.each(cells)("%s × %s → allowed %s", (status, action, allowed) => {
    expect(allowsAction(status, action)).toBe(allowed);
  });

  it.each(cells)("%s × %s moves to the right state", (status, action, allowed) => {
    const expected = !allowed ? null : action === "send" ? "IN_REVIEW" : action === "close" ? "CLOSED" : status;
    expect(nextStatus(status, action)).toBe(expected);
  });
});

describe("conflict declaration", () => {
  it.each([
    ["DRAFT", null, "WRONG_STATE"],
    ["CLOSED", null, "WRONG_STATE"],
    ["IN_REVIEW", null, null],
    ["IN_REVIEW", "CONFLICT", "ALREADY_SPOKEN"],
    ["IN_REVIEW", "RECOMMEND", "ALREADY_SPOKEN"],
    ["IN_REVIEW", "NOT_RECOMMEND", "ALREADY_SPOKEN"],
  ] as const)("%s with word %s → %s", (status, myWord, expected) => {
    expect(checkConflict({ status, myWord })).toBe(expected);
  });
});

describe("vote", () => {
  it.each([
    ["DRAFT", null, "WRONG_STATE"],
    ["CLOSED", null, "WRONG_STATE"],
    ["CLOSED", "CONFLICT", "WRONG_STATE"],
    ["IN_REVIEW", null, null],
    ["IN_REVIEW", "CONFLICT", "CONFLICTED"],
    ["IN_REVIEW", "RECOMMEND", "ALREADY_SPOKEN"],
    ["IN_REVIEW", "NOT_RECOMMEND", "ALREADY_SPOKEN"],
  ] as const)("%s with word %s → %s", (status, myWord, expected) => {
    expect(checkVote({ status, myWord })).toBe(expected);
  });
});

describe("decide", () => {
  const ok = { status: "IN_REVIEW", isChair: true, chairWord: null, underReview: true } as const;
  it.each([
    ["the chair, in review", ok, null],
    ["the chair after voting", { ...ok, chairWord: "RECOMMEND" }, null],
    ["in DRAFT", { ...ok, status: "DRAFT" }, "WRONG_STATE"],
    ["after closing", { ...ok, status: "CLOSED" }, "WRONG_STATE"],
    ["another member", { ...ok, isChair: false }, "NOT_CHAIR"],
    ["a candidate not proposed", { ...ok, underReview: false }, "NOT_UNDER_REVIEW"],
    ["a chair with a conflict", { ...ok, chairWord: "CONFLICT" }, "CHAIR_CONFLICTED"],
  ] as const)("%s → %s", (_label, input, expected) => {
    expect(checkDecide(input)).toBe(expected);
  });
});

describe("close", () => {
  it.each([
    [{ status: "IN_REVIEW", isChair: true, undecided: 0 }, null],
    [{ status: "IN_REVIEW", isChair: true, undecided: 1 }, "UNDECIDED"],
    [{ status: "IN_REVIEW", isChair: false, undecided: 0 }, "NOT_CHAIR"],
    [{ status: "DRAFT", isChair: true, undecided: 0 }, "WRONG_STATE"],
    [{ status: "CLOSED", isChair: true, undecided: 0 }, "WRONG_STATE"],
  ] as const)("%o → %s", (input, expected) => {
    expect(checkClose(input)).toBe(expected);
  });
});

describe("correction", () => {
  const ok = { status: "CLOSED", isChair: true, chairWord: null, current: "APPROVED", next: "REJECTED" } as const;
  it.each([
    ["approved → rejected", ok, null],
    ["rejected → approved", { ...ok, current: "REJECTED", next: "APPROVED" }, null],
    ["the same decision", { ...ok, next: "APPROVED" }, "SAME_DECISION"],
    ["an undecided candidate", { ...ok, current: null }, "NOT_DECIDED"],
    ["before closing", { ...ok, status: "IN_REVIEW" }, "WRONG_STATE"],
    ["in DRAFT", { ...ok, status: "DRAFT" }, "WRONG_STATE"],
    ["another member", { ...ok, isChair: false }, "NOT_CHAIR"],
    ["a chair with a conflict", { ...ok, chairWord: "CONFLICT" }, "CHAIR_CONFLICTED"],
  ] as const)("%s → %s", (_label, input, expected) => {
    expect(checkCorrection(input)).toBe(expected);
  });
});

describe("tally", () => {
  it("counts each word", () => {
    expect(tally(["RECOMMEND", "CONFLICT", "RECOMMEND", "NOT_RECOMMEND"])).toEqual({ recommend: 2, notRecommend: 1, conflicts: 1 });
  });
  it("is all zero without votes", () => {
    expect(tally([])).toEqual({ recommend: 0, notRecommend: 0, conflicts: 0 });
  });
});

describe("SK numbers", () => {
  it("formats the promotion number", () => {
    expect(skNumber("promotion", 7, 2026)).toBe("800.1.11.1/7/BKD/2026");
  });
  it("gives placement its own prefix", () => {
    expect(skNumber("placement", 1, 2027)).toBe("800.1.3.3/1/BKD/2027");
  });
  it("splits the format around the sequence", () => {
    expect(skNumberParts("promotion", 2026)).toEqual({ prefix: "800.1.11.1/", suffix: "/BKD/2026" });
  });
  it.each([
    ["800.1.11.1/12/BKD/2026", 12],
    ["800.1.11.1/12/BKD/2025", null],
    ["800.1.3.3/12/BKD/2026", null],
    ["800.1.11.1/x/BKD/2026", null],
    ["800.1.11.1//BKD/2026", null],
  ] as const)("reads the sequence of %s → %s", (text, expected) => {
    expect(skSequence("promotion", 2026, text)).toBe(expected);
  });
  it("round-trips", () => {
    expect(skSequence("placement", 2030, skNumber("placement", 431, 2030))).toBe(431);
  });
});

describe("rank change kind of a route", () => {
  it.each(PROMOTION_ROUTES)("%s is a RankChangeKind of the same name", (route) => {
    expect(rankChangeKind(route)).toBe(route);
    expect(Object.values(Prisma.RankChangeKind)).toContain(rankChangeKind(route));
  });
});

describe("round period", () => {
  it.each([
    ["2026-03-01", null],
    ["2026-03-02", "NOT_FIRST_OF_MONTH"],
    ["2025-10-01", null],
    ["2025-09-01", "NOT_KP_MONTH"],
    ["2025-08-01", null],
    ["2024-03-01", "NOT_KP_MONTH"],
    ["2023-04-01", null],
    ["2023-10-01", null],
    ["2023-06-01", "NOT_KP_MONTH"],
  ] as const)("%s → %s", (iso, expected) => {
    expect(checkRoundPeriod(d(iso))).toBe(expected);
  });
});

describe("screened line", () => {
  it("a regular screening", () => {
    const conditions = [
      { code: "YEARS_IN_RANK", detail: { requiredYears: 4 } },
      { code: "EDUCATION_CAP", detail: { nextRankId: 10, capRankId: 12 } },
    ];
    expect(screenedLine(conditions, true)).toEqual({ route: "REGULER", toRankId: 10, proposed: true });
  });
  it("a functional screening", () => {
    const conditions = [{ code: "JENJANG_RANGE", detail: { nextRankId: 11 } }, { code: "CREDIT", detail: {} }];
    expect(screenedLine(conditions, false)).toEqual({ route: "PILIHAN_FUNGSIONAL", toRankId: 11, proposed: false });
  });
  it("a stopped screening has no next pangkat", () => {
    expect(screenedLine([{ code: "TOP_RANK", detail: { rankId: 17 } }], false)).toEqual({ route: "REGULER", toRankId: null, proposed: false });
  });
});

describe("majority of the members when the chair is conflicted", () => {
  it.each([
    [{ recommend: 2, notRecommend: 1 }, "APPROVED"],
    [{ recommend: 1, notRecommend: 2 }, "REJECTED"],
    [{ recommend: 1, notRecommend: 1 }, "REJECTED"],
    [{ recommend: 0, notRecommend: 0 }, null],
  ] as const)("%o → %s", (counts, expected) => {
    expect(majorityDecision(counts)).toBe(expected);
  });
});
