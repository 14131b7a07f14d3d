import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/domain/dates";
import { approvalRefusal, draftRefusal, openRefusal, sendRefusal, tmtProblem, vacancy } from "@/lib/placements/selection-rules";

const d = (iso: string) => parseIsoDate(iso)!;

describe("vacancy and opening", () => {
  it("is formation minus holders, never negative", () => {
    expect(vacancy(3, 1)).toBe(2);
    expect(vacancy(1, 1)).toBe(0);
    expect(vacancy(1, 2)).toBe(0);
  });
  it("refuses an inactive position, a filled one, and a second open selection", () => {
    expect(openRefusal({ active: false, vacancy: 1, openSelections: 0 })).toBe("POSITION_INACTIVE");
    expect(openRefusal({ active: true, vacancy: 0, openSelections: 0 })).toBe("NO_VACANCY");
    expect(openRefusal({ active: true, vacancy: 1, openSelections: 1 })).toBe("ALREADY_OPEN");
    expect(openRefusal({ active: true, vacancy: 1, openSelections: 0 })).toBeNull();
  });
});

describe("TMT", () => {
  const today = d("2026-11-23");
  it.each([
    ["2026-12-01", null],
    ["2027-01-01", null],
    ["2026-12-02", "NOT_FIRST_OF_MONTH"],
    ["2026-11-01", "IN_PAST"],
  ] as const)("%s → %s", (tmt, problem) => {
    expect(tmtProblem(d(tmt), today)).toBe(problem);
  });
  it("accepts today when today is the 1st", () => {
    expect(tmtProblem(d("2026-12-01"), d("2026-12-01"))).toBeNull();
  });
});

describe("case steps", () => {
  it("allows weights, re-ranking, adding and sending only in DRAFT", () => {
    for (const step of ["weights", "rerank", "add", "send"] as const) {
      expect(draftRefusal("DRAFT", step)).toBeNull();
      expect(draftRefusal("IN_REVIEW", step)).toBe("NOT_DRAFT");
      expect(draftRefusal("CLOSED", step)).toBe("NOT_DRAFT");
    }
  });
  it("sends only a DRAFT with at least one candidate", () => {
    expect(sendRefusal("DRAFT", 0)).toBe("NO_CANDIDATES");
    expect(sendRefusal("DRAFT", 3)).toBeNull();
    expect(sendRefusal("IN_REVIEW", 3)).toBe("NOT_DRAFT");
  });
});

describe("seats", () => {
  it("approves while a seat is left", () => {
    expect(approvalRefusal({ formation: 1, otherHolders: 0, otherApproved: 0 })).toBeNull();
    expect(approvalRefusal({ formation: 3, otherHolders: 1, otherApproved: 1 })).toBeNull();
  });
  it("refuses a second approval for one seat, or any when the post is filled", () => {
    expect(approvalRefusal({ formation: 1, otherHolders: 0, otherApproved: 1 })).toBe("NO_SEAT");
    expect(approvalRefusal({ formation: 1, otherHolders: 1, otherApproved: 0 })).toBe("NO_SEAT");
    expect(approvalRefusal({ formation: 3, otherHolders: 2, otherApproved: 1 })).toBe("NO_SEAT");
  });
});
