import { describe, expect, it } from "vitest";
import { looksLikeNipPrefix, nipPrefixRange } from "@/lib/domain/nip";

describe("nipPrefixRange", () => {
  it.each<[string, { gte: string; lt?: string }]>([
    ["1978", { gte: "1978", lt: "1979" }],
    ["1979", { gte: "1979", lt: "1980" }],
    ["199", { gte: "199", lt: "200" }],
    ["1", { gte: "1", lt: "2" }],
    ["0", { gte: "0", lt: "1" }],
    ["8", { gte: "8", lt: "9" }],
    ["1899", { gte: "1899", lt: "1900" }],
    ["19780315", { gte: "19780315", lt: "19780316" }],
    ["197803152005011002", { gte: "197803152005011002", lt: "197803152005011003" }],
    ["197803152005011009", { gte: "197803152005011009", lt: "197803152005011010" }],
    ["9", { gte: "9" }],
    ["99", { gte: "99" }],
    ["999999999999999999", { gte: "999999999999999999" }],
  ])("%s -> %j", (prefix, range) => {
    expect(nipPrefixRange(prefix)).toEqual(range);
  });

  it.each(["", "19a", "19 78", " 1978", "1978-03", "1234567890123456789", "-1"])(
    "%j is not a NIP prefix",
    (prefix) => {
      expect(nipPrefixRange(prefix)).toBeNull();
    },
  );

  it("the range holds exactly the NIPs that start with the prefix", () => {
    const range = nipPrefixRange("1979");
    const inRange = (nip: string) => !!range && nip >= range.gte && (range.lt === undefined || nip < range.lt);
    expect(inRange("197901012005011001")).toBe(true);
    expect(inRange("197912312005011001")).toBe(true);
    expect(inRange("197812312005011001")).toBe(false);
    expect(inRange("198001012005011001")).toBe(false);
  });
});

describe("looksLikeNipPrefix", () => {
  it.each<[string, boolean]>([
    ["197803152005011002", true],
    ["1978", true],
    ["19780315 200501 1 002", true],
    ["  1978 ", true],
    ["Siti", false],
    ["1978a", false],
    ["19780315-200501", false],
    ["", false],
    ["   ", false],
  ])("%j -> %s", (query, expected) => {
    expect(looksLikeNipPrefix(query)).toBe(expected);
  });
});
