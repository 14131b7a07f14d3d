import { describe, expect, it } from "vitest";
import { supervisorPathFor, wouldCreateSupervisorCycle } from "@/lib/domain/employee-rules";

// Chain: 1 (kepala) <- 2 <- 3 <- 4; paths hold every supervisor above, nearest last.
const PATHS: Record<number, number[]> = { 1: [], 2: [1], 3: [1, 2], 4: [1, 2, 3], 9: [] };

describe("wouldCreateSupervisorCycle", () => {
  it.each<[number, number, boolean]>([
    [3, 3, true],
    [2, 4, true],
    [1, 4, true],
    [3, 4, true],
    [4, 3, false],
    [4, 1, false],
    [9, 4, false],
    [1, 9, false],
  ])("employee %i under candidate %i: cycle %s", (employeeId, candidateId, cycle) => {
    expect(wouldCreateSupervisorCycle(employeeId, candidateId, PATHS[candidateId] ?? [])).toBe(cycle);
  });
});

describe("supervisorPathFor", () => {
  it.each<[number | null, number[], number[]]>([
    [null, [], []],
    [1, [], [1]],
    [3, [1, 2], [1, 2, 3]],
    [9, [], [9]],
  ])("under %s with path %j -> %j", (supervisorId, path, expected) => {
    expect(supervisorPathFor(supervisorId, path)).toEqual(expected);
  });

  it("returns a new array", () => {
    const path = [1, 2];
    const result = supervisorPathFor(3, path);
    expect(result).not.toBe(path);
    expect(path).toEqual([1, 2]);
  });
});
