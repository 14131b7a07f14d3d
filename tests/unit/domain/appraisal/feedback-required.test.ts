import { describe, expect, it } from "vitest";
import type { Rating } from "@/lib/domain/predikat";
import { feedbackRequired } from "@/lib/domain/appraisal/evaluation-state";

type Parts = {
  workRating: Rating;
  behaviourRating: Rating;
  resultRatings: Rating[];
  behaviourRatings: Rating[];
};

const fine: Parts = {
  workRating: "SESUAI",
  behaviourRating: "SESUAI",
  resultRatings: ["SESUAI", "DI_ATAS"],
  behaviourRatings: ["SESUAI", "SESUAI", "DI_ATAS", "SESUAI", "SESUAI", "SESUAI", "SESUAI"],
};

describe("feedbackRequired (anything di bawah ekspektasi)", () => {
  it.each<[string, Partial<Parts>, boolean]>([
    ["everything sesuai or above", {}, false],
    ["everything di atas", {
      workRating: "DI_ATAS",
      behaviourRating: "DI_ATAS",
      resultRatings: ["DI_ATAS"],
      behaviourRatings: ["DI_ATAS"],
    }, false],
    ["no per-item ratings", { resultRatings: [], behaviourRatings: [] }, false],
    ["overall hasil kerja di bawah", { workRating: "DI_BAWAH" }, true],
    ["overall perilaku di bawah", { behaviourRating: "DI_BAWAH" }, true],
    ["one RHK di bawah", { resultRatings: ["DI_ATAS", "DI_BAWAH", "SESUAI"] }, true],
    ["one core value di bawah", { behaviourRatings: ["SESUAI", "DI_BAWAH"] }, true],
    ["everything di bawah", {
      workRating: "DI_BAWAH",
      behaviourRating: "DI_BAWAH",
      resultRatings: ["DI_BAWAH"],
      behaviourRatings: ["DI_BAWAH"],
    }, true],
  ])("%s -> %s", (_name, change, required) => {
    expect(feedbackRequired({ ...fine, ...change })).toBe(required);
  });
});
