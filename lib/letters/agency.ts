// The issuing agency printed on decision letters (kop surat and signatory). One place to change when
// the product is set up for another government; the demo data is Pemerintah Provinsi Jambi.
export const AGENCY = {
  government: "PEMERINTAH PROVINSI JAMBI",
  name: "BADAN KEPEGAWAIAN DAERAH",
  address: "Jl. R.M. Nur Atmadibrata No. 1, Telanaipura, Jambi 36122 · Telepon (0741) 60123",
  place: "Jambi",
  head: {
    title: "KEPALA BADAN KEPEGAWAIAN DAERAH PROVINSI JAMBI",
    name: "Kepala Badan Kepegawaian Daerah",
    nip: "",
  },
  /** Mengingat: the legal bases every decision of the agency cites. */
  legalBases: [
    "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
    "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
  ],
} as const;
