import { describe, expect, it } from "vitest";
import {
  PREDIKAT_LABELS,
  PREDIKAT_MATRIX,
  PREDIKATS,
  RATING_LABELS,
  RATINGS,
  predikatFor,
  type Predikat,
  type Rating,
} from "@/lib/domain/predikat";

// domain.md: rows hasil kerja, columns perilaku (di bawah | sesuai | di atas).
const MATRIX: [Rating, Rating, Predikat][] = [
  ["DI_ATAS", "DI_BAWAH", "KURANG"],
  ["DI_ATAS", "SESUAI", "BAIK"],
  ["DI_ATAS", "DI_ATAS", "SANGAT_BAIK"],
  ["SESUAI", "DI_BAWAH", "KURANG"],
  ["SESUAI", "SESUAI", "BAIK"],
  ["SESUAI", "DI_ATAS", "BAIK"],
  ["DI_BAWAH", "DI_BAWAH", "SANGAT_KURANG"],
  ["DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN"],
  ["DI_BAWAH", "DI_ATAS", "BUTUH_PERBAIKAN"],
];

describe("predikatFor", () => {
  it.each(MATRIX)("hasil kerja %s, perilaku %s -> %s", (hasilKerja, perilaku, predikat) => {
    expect(predikatFor(hasilKerja, perilaku)).toBe(predikat);
    expect(PREDIKAT_MATRIX[hasilKerja][perilaku]).toBe(predikat);
  });

  it("the matrix has exactly the nine cells", () => {
    const cells = RATINGS.flatMap((h) => RATINGS.map((p) => [h, p, PREDIKAT_MATRIX[h][p]]));
    expect(cells).toHaveLength(9);
    expect(cells).toEqual(expect.arrayContaining(MATRIX));
  });

  it("is not symmetric: good results with poor behaviour are Kurang, not Butuh Perbaikan", () => {
    expect(predikatFor("DI_ATAS", "DI_BAWAH")).toBe("KURANG");
    expect(predikatFor("DI_BAWAH", "DI_ATAS")).toBe("BUTUH_PERBAIKAN");
  });
});

describe("labels", () => {
  it.each<[Predikat, string]>([
    ["SANGAT_BAIK", "Sangat Baik"],
    ["BAIK", "Baik"],
    ["BUTUH_PERBAIKAN", "Butuh Perbaikan"],
    ["KURANG", "Kurang/Misconduct"],
    ["SANGAT_KURANG", "Sangat Kurang"],
  ])("%s reads %s", (predikat, label) => {
    expect(PREDIKAT_LABELS[predikat]).toBe(label);
  });

  it.each<[Rating, string]>([
    ["DI_ATAS", "Di atas ekspektasi"],
    ["SESUAI", "Sesuai ekspektasi"],
    ["DI_BAWAH", "Di bawah ekspektasi"],
  ])("%s reads %s", (rating, label) => {
    expect(RATING_LABELS[rating]).toBe(label);
  });

  it("lists predikat and ratings best first", () => {
    expect(PREDIKATS).toEqual(["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]);
    expect(RATINGS).toEqual(["DI_ATAS", "SESUAI", "DI_BAWAH"]);
  });
});
