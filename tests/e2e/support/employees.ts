import { expect, type Page } from "@playwright/test";
import { newPerson, shiftYears, type NewPerson } from "./people";
import { field, selectByText } from "./ui";

/** What the create form is filled with besides the identity (defaults: an S1 graduate at III/a). */
export type Placement = {
  unit: string;
  position: string;
  educationLevel: string;
  institution: string;
  major: string;
  rankLabel: string;
};

export const DEFAULT_PLACEMENT: Placement = {
  unit: "Bidang Mutasi dan Promosi",
  position: "Pengolah Data Kepegawaian",
  educationLevel: "S1",
  institution: "Universitas Jambi",
  major: "Manajemen",
  rankLabel: "III/a — Penata Muda",
};

export type CreatedEmployee = NewPerson & { id: number; placement: Placement };

const GENDER_LABEL = { MALE: "Laki-laki", FEMALE: "Perempuan" } as const;

/** Identity fields as the create and edit forms label them. */
export async function fillIdentity(page: Page, person: Pick<NewPerson, "nip" | "name" | "gender" | "birthDate" | "serviceStart">): Promise<void> {
  await page.getByLabel("NIP / NI PPPK").fill(person.nip);
  await page.getByLabel("Nama lengkap (tanpa gelar)").fill(person.name);
  await page.getByLabel("Jenis kelamin").selectOption({ label: GENDER_LABEL[person.gender] });
  await page.getByLabel("Tempat lahir").fill("Jambi");
  await page.getByLabel("Tanggal lahir").fill(person.birthDate);
  await page.getByLabel("TMT CPNS / TMT kontrak pertama").fill(person.serviceStart);
}

/** Everything on /employees/new except the identity fields. */
export async function fillCareer(page: Page, person: NewPerson, placement: Placement): Promise<void> {
  await field(page, "Jenjang").selectOption({ label: placement.educationLevel });
  await page.getByLabel("Nama sekolah / perguruan tinggi").fill(placement.institution);
  await page.getByLabel("Program studi / jurusan").fill(placement.major);
  await page.getByLabel("Tanggal lulus").fill(shiftYears(person.serviceStart, -1));

  await field(page, "Pangkat/golongan").selectOption({ label: placement.rankLabel });
  await page.getByLabel("TMT pangkat").fill(person.serviceStart);
  await page.getByLabel("Nomor SK pangkat").fill(`813.3/${person.nip.slice(-3)}/BKD/UJI`);
  await page.getByLabel("Tanggal SK pangkat").fill(person.serviceStart);

  await choosePosition(page, placement.unit, placement.position);
  await page.getByLabel("TMT jabatan").fill(person.serviceStart);
  await page.getByLabel("Nomor SK jabatan").fill(`821.2/${person.nip.slice(-3)}/BKD/UJI`);
  await page.getByLabel("Tanggal SK jabatan").fill(person.serviceStart);

  await page.getByLabel("Kata sandi awal").fill(person.password);
}

/** The unit → position picker: the position list loads after the unit is chosen. */
export async function choosePosition(page: Page, unit: string, position: string): Promise<void> {
  await selectByText(field(page, "Unit kerja"), unit);
  const select = field(page, "Jabatan");
  await expect(select).toBeEnabled();
  await select.selectOption({ label: position });
}

/** Creates a PNS through /employees/new as the signed-in admin; lands on the new profile. */
export async function createEmployee(page: Page, person: NewPerson = newPerson(), placement: Placement = DEFAULT_PLACEMENT): Promise<CreatedEmployee> {
  await page.goto("/employees/new");
  await fillIdentity(page, person);
  await fillCareer(page, person, placement);
  await page.getByRole("button", { name: "Simpan pegawai" }).click();
  await expect(page).toHaveURL(/\/employees\/\d+\?saved=created$/);
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  return { ...person, id, placement };
}
