// Predikat kinerja from the two ratings of an evaluation (PermenPANRB 6/2022).

export type Rating = "DI_ATAS" | "SESUAI" | "DI_BAWAH";

export type Predikat = "SANGAT_BAIK" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG" | "SANGAT_KURANG";

/** Best first, the order forms and reports list them in. */
export const RATINGS = ["DI_ATAS", "SESUAI", "DI_BAWAH"] as const satisfies readonly Rating[];

/** Best first. */
export const PREDIKATS = [
  "SANGAT_BAIK",
  "BAIK",
  "BUTUH_PERBAIKAN",
  "KURANG",
  "SANGAT_KURANG",
] as const satisfies readonly Predikat[];

export const RATING_LABELS: Record<Rating, string> = {
  DI_ATAS: "Di atas ekspektasi",
  SESUAI: "Sesuai ekspektasi",
  DI_BAWAH: "Di bawah ekspektasi",
};

export const PREDIKAT_LABELS: Record<Predikat, string> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang/Misconduct",
  SANGAT_KURANG: "Sangat Kurang",
};

/**
 * Rows: hasil kerja (work results); columns: perilaku kerja (behaviour). Behaviour below
 * expectation caps good results at Kurang/Misconduct, which is why the matrix is not symmetric.
 */
export const PREDIKAT_MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "SANGAT_BAIK" },
  SESUAI: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "BAIK" },
  DI_BAWAH: { DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BUTUH_PERBAIKAN" },
};

export function predikatFor(hasilKerja: Rating, perilaku: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}
