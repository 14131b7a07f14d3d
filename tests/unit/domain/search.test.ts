import { describe, expect, it } from "vitest";
import { normalizeSearch } from "@/lib/domain/search";

describe("normalizeSearch", () => {
  it.each<[string, string]>([
    ["Siti Nur'aini", "siti nuraini"],
    ["SITI NUR’AINI", "siti nuraini"],
    ["Siti Nurʼaini", "siti nuraini"],
    ["Siti Nur`aini", "siti nuraini"],
    ["SITÍ", "siti"],
    ["Sitï Nurâini", "siti nuraini"],
    ["  Budi   Santoso  ", "budi santoso"],
    ["Budi\tSantoso\n", "budi santoso"],
    ["Ahmad Ma'ruf, S.Kom., M.T.", "ahmad maruf s kom m t"],
    ["Dr. Ir. Hj. Siti-Aminah", "dr ir hj siti aminah"],
    ["I Gusti Ngurah Rai", "i gusti ngurah rai"],
    ["Ｂｕｄｉ", "budi"],
    ["José Ñúñez", "jose nunez"],
    ["İBRAHİM", "ibrahim"],
    ["Raden Ajeng 2", "raden ajeng 2"],
    ["'''", ""],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeSearch(input)).toBe(expected);
  });

  it("makes a query and a stored name meet", () => {
    expect(normalizeSearch("nur'AINI")).toBe(normalizeSearch("Nuraini"));
    expect(normalizeSearch("Siti Nur'aini")).toContain(normalizeSearch("NUR’AINI"));
  });

  it("is idempotent", () => {
    const once = normalizeSearch("Dr. SITÍ Nur'aini, S.Kom.");
    expect(normalizeSearch(once)).toBe(once);
  });
});
