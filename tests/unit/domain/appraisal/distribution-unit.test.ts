import { describe, expect, it } from "vitest";
import { governedUnitIds, governingUnitId } from "@/lib/domain/appraisal/distribution-unit";

// Tree: 1 (province) → 10 (OPD A) → 100, 101 → 1000 (under 101); 1 → 20 (OPD B) → 200.
const UNITS = [
  { id: 1, path: [1] },
  { id: 10, path: [1, 10] },
  { id: 100, path: [1, 10, 100] },
  { id: 101, path: [1, 10, 101] },
  { id: 1000, path: [1, 10, 101, 1000] },
  { id: 20, path: [1, 20] },
  { id: 200, path: [1, 20, 200] },
];

describe("governingUnitId", () => {
  it.each([
    ["the unit itself has a result", [1, 10, 100], [100, 10], 100],
    ["the nearest ancestor wins over a farther one", [1, 10, 101, 1000], [1, 10], 10],
    ["a result on the root covers everyone below", [1, 20, 200], [1], 1],
    ["a result on a sibling branch does not apply", [1, 20, 200], [10, 100], null],
    ["no result anywhere", [1, 10], [], null],
    ["an empty path", [], [1], null],
  ] as const)("%s", (_name, path, withResult, expected) => {
    expect(governingUnitId(path, withResult)).toBe(expected);
    expect(governingUnitId(path, new Set(withResult))).toBe(expected);
  });
});

describe("governedUnitIds", () => {
  it("is the whole subtree when nothing below has its own result", () => {
    expect(governedUnitIds(10, UNITS, [10]).sort((a, b) => a - b)).toEqual([10, 100, 101, 1000]);
  });

  it("leaves out a branch that carries its own result, with everything under it", () => {
    expect(governedUnitIds(1, UNITS, new Set([1, 10])).sort((a, b) => a - b)).toEqual([1, 20, 200]);
    expect(governedUnitIds(10, UNITS, [10, 101]).sort((a, b) => a - b)).toEqual([10, 100]);
  });

  it("answers for a unit without a result of its own (what its result would govern)", () => {
    expect(governedUnitIds(20, UNITS, [1]).sort((a, b) => a - b)).toEqual([20, 200]);
  });

  it("agrees with governingUnitId for every unit of the tree", () => {
    const withResult = new Set([1, 10, 1000]);
    for (const head of withResult) {
      for (const id of governedUnitIds(head, UNITS, withResult)) {
        expect(governingUnitId(UNITS.find((u) => u.id === id)!.path, withResult)).toBe(head);
      }
    }
  });

  it("is empty for a unit that is not in the list", () => {
    expect(governedUnitIds(999, UNITS, [])).toEqual([]);
  });
});
