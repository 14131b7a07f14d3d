// Indonesian names as people in a Jambi provincial office carry them: Malay/Jambi and Javanese
// (transmigration) most often, then Minang, Batak, Sundanese and Chinese-Indonesian families.
// Each group has given names per gender and the second names or family names that go with them.
import type { Gender } from "../../lib/domain/people";
import type { Rng } from "./random";

type NameGroup = {
  key: string;
  weight: number;
  first: Record<Gender, readonly string[]>;
  last: Record<Gender, readonly string[]>;
  birthPlaces: readonly string[];
  /** Muslim-majority group: older members may carry the hajj title (H./Hj.). */
  hajj: boolean;
};

const BATAK_MARGA = ["Simanjuntak", "Sihombing", "Siregar", "Nasution", "Harahap", "Lubis", "Simatupang", "Panjaitan", "Situmorang", "Hutagalung", "Sitompul", "Manurung"];
const CHINESE_FAMILY = ["Wijaya", "Halim", "Tanoto", "Gunawan", "Kusuma", "Salim", "Tanuwijaya", "Hartono", "Setiadi", "Tanjaya"];

const GROUPS: readonly NameGroup[] = [
  {
    key: "melayu",
    weight: 35,
    first: {
      MALE: ["Muhammad", "Ahmad", "Syamsul", "Zulkifli", "Hasan", "Firdaus", "Helmi", "Azhar", "Ridwan", "Hendri", "Junaidi", "Masyhur", "Abdul", "Rasyid"],
      FEMALE: ["Siti", "Nur", "Nurul", "Fatimah", "Zuraida", "Rahmah", "Aisyah", "Nurhayati", "Maisarah", "Halimah", "Mardiana", "Yusnidar"],
    },
    last: {
      MALE: ["Bahri", "Fadli", "Ramadhan", "Saputra", "Anwar", "Hakim", "Efendi", "Yusuf", "Rosadi", "Aziz", "Kamal", "Harun"],
      FEMALE: ["Aisyah", "Hidayah", "Fitriani", "Rahmawati", "Nur'aini", "Khairunnisa", "Zahara", "Marlina", "Hasanah", "Amalia", "Ma'rifah"],
    },
    birthPlaces: ["Jambi", "Muara Bulian", "Muara Tebo", "Muara Bungo", "Sarolangun", "Bangko", "Kuala Tungkal", "Sengeti", "Muara Sabak", "Sungai Penuh"],
    hajj: true,
  },
  {
    key: "jawa",
    weight: 30,
    first: {
      MALE: ["Agus", "Bambang", "Joko", "Heru", "Eko", "Slamet", "Wahyu", "Teguh", "Bayu", "Hadi", "Arif", "Yudi", "Sigit", "Budi"],
      FEMALE: ["Sri", "Endang", "Rina", "Tri", "Wulan", "Ratna", "Yuni", "Retno", "Dewi", "Ani", "Dwi", "Lestari"],
    },
    last: {
      MALE: ["Santoso", "Setiawan", "Prasetyo", "Hermawan", "Susanto", "Wibowo", "Nugroho", "Purnomo", "Saputro", "Widodo", "Cahyono", "Utomo"],
      FEMALE: ["Wahyuni", "Lestari", "Astuti", "Kurniawati", "Rahayu", "Handayani", "Purwaningsih", "Susanti", "Wulandari", "Setyaningsih", "Pratiwi"],
    },
    birthPlaces: ["Jambi", "Rimbo Bujang", "Yogyakarta", "Surakarta", "Semarang", "Kediri", "Madiun", "Purworejo"],
    hajj: true,
  },
  {
    key: "minang",
    weight: 12,
    first: {
      MALE: ["Rahmat", "Yusrizal", "Afrizal", "Zulfikar", "Hendra", "Irwan", "Syafril", "Doni", "Fauzan", "Rizal"],
      FEMALE: ["Yulia", "Desi", "Novia", "Rini", "Fitri", "Elvi", "Yeni", "Mutia", "Sari"],
    },
    last: {
      MALE: ["Hidayat", "Putra", "Syahputra", "Chaniago", "Piliang", "Tanjung", "Rais", "Sutan"],
      FEMALE: ["Rahmi", "Marlina", "Yanti", "Novita", "Oktaviani", "Fitria", "Andriani", "Zulmi"],
    },
    birthPlaces: ["Padang", "Bukittinggi", "Payakumbuh", "Solok", "Sungai Penuh", "Jambi"],
    hajj: true,
  },
  {
    key: "batak",
    weight: 10,
    first: {
      MALE: ["Martin", "Roy", "Hotman", "Parlindungan", "Bonar", "Togar", "Daniel", "Jonggi", "Sahat", "Poltak"],
      FEMALE: ["Rosmawati", "Debora", "Lasmaria", "Rotua", "Ruth", "Rianti", "Yohana", "Tiurma", "Ester"],
    },
    last: { MALE: BATAK_MARGA, FEMALE: BATAK_MARGA },
    birthPlaces: ["Medan", "Tarutung", "Pematangsiantar", "Sibolga", "Balige", "Jambi"],
    hajj: false,
  },
  {
    key: "sunda",
    weight: 7,
    first: {
      MALE: ["Asep", "Ujang", "Dadang", "Cecep", "Deden", "Iwan", "Yayan", "Dedi"],
      FEMALE: ["Euis", "Neneng", "Iis", "Cucu", "Enung", "Imas", "Yeti", "Lilis"],
    },
    last: {
      MALE: ["Saepudin", "Sopian", "Suherman", "Rukmana", "Permana", "Sutisna", "Gunawan", "Hidayat"],
      FEMALE: ["Komalasari", "Hasanah", "Rohaeni", "Nurhasanah", "Suryani", "Sumiati", "Rahmawati"],
    },
    birthPlaces: ["Bandung", "Garut", "Tasikmalaya", "Sumedang", "Jambi"],
    hajj: true,
  },
  {
    key: "tionghoa",
    weight: 6,
    first: {
      MALE: ["Hendra", "Kevin", "Yohanes", "Andreas", "Steven", "William", "Robert", "Felix"],
      FEMALE: ["Lidya", "Melisa", "Vivian", "Jessica", "Stefani", "Yuliana", "Meiliana", "Cynthia"],
    },
    last: { MALE: CHINESE_FAMILY, FEMALE: CHINESE_FAMILY },
    birthPlaces: ["Jambi", "Medan", "Pontianak", "Palembang"],
    hajj: false,
  },
];

const TOTAL_WEIGHT = GROUPS.reduce((sum, group) => sum + group.weight, 0);

function pickGroup(rng: Rng): NameGroup {
  let roll = rng.int(1, TOTAL_WEIGHT);
  for (const group of GROUPS) {
    roll -= group.weight;
    if (roll <= 0) return group;
  }
  return GROUPS[0]!;
}

export type GeneratedName = { name: string; birthPlace: string; hajj: boolean };

/**
 * A name for the given gender; `taken` (optional) keeps names unique within a data set, which keeps
 * directory screenshots and e2e searches unambiguous. After a few collisions a middle name is added.
 */
export function generateName(rng: Rng, gender: Gender, taken?: Set<string>): GeneratedName {
  for (let attempt = 0; ; attempt += 1) {
    const group = pickGroup(rng);
    const first = rng.pick(group.first[gender]);
    let last = rng.pick(group.last[gender]);
    if (last === first) continue;
    if (attempt >= 8) last = `${rng.pick(group.first[gender])} ${last}`;
    const name = `${first} ${last}`;
    if (taken?.has(name) && attempt < 40) continue;
    taken?.add(name);
    return { name, birthPlace: rng.pick(group.birthPlaces), hajj: group.hajj };
  }
}
