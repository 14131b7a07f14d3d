// Competency development for a scale batch (prisma/seed/scale.ts), set-based like scale-appraisals.ts:
// one INSERT … SELECT per table over the batch's employees, no per-row round trips. For the batch:
// 300 catalog trainings from January 2024 to March 2027, 3–5 registrations per person (4.4 on average, mostly
// COMPLETED; the upcoming ones PENDING/APPROVED/DECLINED) with seats_taken counted from them, the JP
// ledger for every completed registration, verified external training and mentoring session, external
// trainings for ~5%, mentoring pairs for ~0.5% (mentor = the rater's rater when senior and at least
// Baik the year before), competency assessments for ~50% by their position's standard, sanctions for
// ~1% (SEDANG/BERAT block while they run), Satyalancana Karya Satya by masa kerja, and a career
// target (their rater's post) for ~2%.
//
// Simplifications against the demo: the catalog is open to everyone (no position-type, pangkat or
// unit restriction), each person's registrations fall in five disjoint time bands of the catalog
// (so one person never registers twice for a training), and the quota is sized from the registrations.
import type pg from "pg";
import { REQUIRED_JP_PER_YEAR, TRAINING_KIND_TYPE } from "../../lib/domain/career/development";
import type { TrainingKind } from "../../lib/domain/career/enums";
import { DEFAULT_BLOCKS_PROMOTION } from "../../lib/domain/career/sanctions";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { dateOnly, toIsoDate } from "../../lib/domain/dates";
import { DEVELOPMENT_DATE } from "./demo-development-plan";
import type { CompetencyCode } from "./reference";

export type ScaleDevelopmentCounts = Record<string, number>;

const TRAININGS = 300;
const BANDS = 5;
const FIRST_START = dateOnly(2024, 1, 8);
const LAST_START = dateOnly(2027, 3, 15);
const TODAY = toIsoDate(DEVELOPMENT_DATE);

const uniform = (expr: string) => `((hashint8(${expr}) & 1048575)::float8 / 1048576)`;
/** 09:00 WIB on a date. */
const wib = (date: string, time = "09:00") => `((${date})::date + time '${time}') AT TIME ZONE 'Asia/Jakarta'`;

type Theme = { title: string; kind: TrainingKind; provider: string; hours: number; days: number; competencies: readonly CompetencyCode[] };

/** What a provincial catalog offers year after year; each run becomes "… Angkatan N Tahun YYYY". */
const THEMES: readonly Theme[] = [
  { title: "Pelatihan Kepemimpinan Pengawas", kind: "KEPEMIMPINAN", provider: "BPSDM Provinsi", hours: 301, days: 95, competencies: ["MNJ.KERJA_SAMA", "MNJ.KOMUNIKASI"] },
  { title: "Pelatihan Kepemimpinan Pelayanan Publik", kind: "MANAJERIAL", provider: "BPSDM Provinsi", hours: 40, days: 5, competencies: ["MNJ.PELAYANAN_PUBLIK", "MNJ.KOMUNIKASI"] },
  { title: "Pelatihan Teknis Analisis Jabatan", kind: "TEKNIS", provider: "Biro Organisasi Setda", hours: 40, days: 5, competencies: ["TKS.MANAJEMEN_ASN", "TKS.ANALISIS_KEBIJAKAN"] },
  { title: "Pelatihan Penyusunan SKP berbasis PermenPANRB 6/2022", kind: "TEKNIS", provider: "Badan Kepegawaian Daerah", hours: 24, days: 3, competencies: ["TKS.MANAJEMEN_ASN", "MNJ.ORIENTASI_HASIL"] },
  { title: "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", kind: "TEKNIS", provider: "LKPP bersama BPSDM Provinsi", hours: 40, days: 5, competencies: ["TKS.PENGADAAN", "MNJ.INTEGRITAS"] },
  { title: "Bimbingan Teknis Manajemen Arsip Dinamis", kind: "TEKNIS", provider: "Dinas Perpustakaan dan Kearsipan", hours: 32, days: 4, competencies: ["TKS.KEARSIPAN"] },
  { title: "Pelatihan Teknis Penatausahaan Keuangan Daerah", kind: "TEKNIS", provider: "BPKAD bersama BPSDM Provinsi", hours: 40, days: 5, competencies: ["TKS.KEUANGAN_DAERAH", "TKS.PERENCANAAN_ANGGARAN"] },
  { title: "Pelatihan Fungsional Penjenjangan Auditor", kind: "FUNGSIONAL", provider: "Pusdiklatwas BPKP", hours: 120, days: 19, competencies: ["TKS.PENGAWASAN_INTERNAL"] },
  { title: "Pelatihan Fungsional Perencana Pertama", kind: "FUNGSIONAL", provider: "Pusbindiklatren Bappenas", hours: 100, days: 15, competencies: ["TKS.PERENCANAAN_ANGGARAN"] },
  { title: "Seminar Manajemen Talenta dan Sistem Merit", kind: "SEMINAR", provider: "BKN Kantor Regional", hours: 8, days: 1, competencies: ["TKS.MANAJEMEN_ASN", "MNJ.PENGEMBANGAN_DIRI"] },
  { title: "Kursus Bahasa Inggris untuk Aparatur", kind: "KURSUS", provider: "UPT Bahasa Universitas", hours: 48, days: 54, competencies: ["MNJ.KOMUNIKASI", "MNJ.PENGEMBANGAN_DIRI"] },
  { title: "MOOC BerAKHLAK: Penguatan Nilai Dasar ASN", kind: "E_LEARNING", provider: "ASN Learning Hub — LAN", hours: 10, days: 58, competencies: ["MNJ.INTEGRITAS", "SOS.PEREKAT_BANGSA"] },
  { title: "MOOC Literasi Digital dan Keamanan Informasi ASN", kind: "E_LEARNING", provider: "ASN Learning Hub — LAN", hours: 20, days: 88, competencies: ["TKS.SISTEM_INFORMASI", "MNJ.PENGEMBANGAN_DIRI"] },
  { title: "Coaching Klinik Penyusunan Rencana Hasil Kerja", kind: "COACHING", provider: "Badan Kepegawaian Daerah", hours: 8, days: 2, competencies: ["MNJ.ORIENTASI_HASIL", "TKS.MANAJEMEN_ASN"] },
  { title: "Program Mentoring Calon Pejabat Pengawas", kind: "MENTORING", provider: "Badan Kepegawaian Daerah", hours: 16, days: 54, competencies: ["MNJ.KERJA_SAMA", "MNJ.PENGAMBILAN_KEPUTUSAN"] },
  { title: "Magang Manajemen Talenta di BKN Kantor Regional", kind: "MAGANG", provider: "BKN Kantor Regional", hours: 60, days: 11, competencies: ["TKS.MANAJEMEN_ASN", "MNJ.MENGELOLA_PERUBAHAN"] },
  { title: "Detasering Guru ke Sekolah Wilayah 3T", kind: "DETASERING", provider: "Dinas Pendidikan", hours: 80, days: 60, competencies: ["TKS.PEMBELAJARAN"] },
  { title: "Komunitas Belajar Perencana dan Analis Kebijakan", kind: "KOMUNITAS_BELAJAR", provider: "Bappeda", hours: 12, days: 270, competencies: ["TKS.PERENCANAAN_ANGGARAN", "TKS.ANALISIS_KEBIJAKAN"] },
  { title: "Pelatihan Teknis Satu Data dan Statistik Sektoral", kind: "TEKNIS", provider: "Diskominfo bersama BPS", hours: 32, days: 4, competencies: ["TKS.STATISTIK", "TKS.SISTEM_INFORMASI"] },
  { title: "Pelatihan Surveilans Epidemiologi Berbasis Kejadian", kind: "FUNGSIONAL", provider: "Balai Pelatihan Kesehatan", hours: 40, days: 5, competencies: ["TKS.KESEHATAN_MASYARAKAT"] },
];

const EXTERNAL_TITLES: readonly { title: string; kind: TrainingKind; provider: string; hours: number }[] = [
  { title: "Webinar Implementasi Manajemen Talenta ASN", kind: "SEMINAR", provider: "Badan Kepegawaian Negara", hours: 4 },
  { title: "Kursus Daring Keamanan Siber untuk Pengelola Sistem Elektronik", kind: "E_LEARNING", provider: "Badan Siber dan Sandi Negara", hours: 12 },
  { title: "Pelatihan Audit Berbasis Risiko", kind: "TEKNIS", provider: "Yayasan Pendidikan Internal Audit", hours: 32 },
  { title: "Digital Talent Scholarship — Data Analytics", kind: "KURSUS", provider: "Kementerian Komunikasi dan Digital", hours: 40 },
  { title: "Workshop Penyusunan Laporan Keuangan Berbasis Akrual", kind: "TEKNIS", provider: "BPK RI Perwakilan Provinsi", hours: 16 },
  { title: "Kursus Daring Statistik Dasar", kind: "E_LEARNING", provider: "Pusdiklat Badan Pusat Statistik", hours: 20 },
];

const SANCTION_TEXT = {
  RINGAN: { kind: "Teguran tertulis", reason: "Terlambat masuk kerja secara kumulatif lebih dari 3 hari kerja dalam satu bulan.", months: null },
  SEDANG: { kind: "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan", reason: "Tidak masuk kerja tanpa alasan yang sah secara kumulatif 14 hari kerja dalam satu tahun.", months: 9 },
  BERAT: { kind: "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", reason: "Menyalahgunakan wewenang dalam pengelolaan keuangan kegiatan.", months: 12 },
} as const;

async function rowCount(client: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  return (await client.query(sql, params)).rowCount ?? 0;
}

/** Secondary indexes dropped for the load and rebuilt from their definitions (constraints stay). */
async function withIndexesRebuilt(client: pg.Client, table: string, load: () => Promise<number>): Promise<number> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.conname = i.indexname)`,
    [table],
  );
  for (const index of rows) await client.query(`DROP INDEX ${client.escapeIdentifier(index.name)}`);
  const n = await load();
  for (const index of rows) await client.query(index.definition);
  return n;
}

/** The batch's catalog as rows: evenly spread start dates, themes in turn, numbered runs per year. */
function planCatalog(batch: string) {
  const span = (LAST_START.getTime() - FIRST_START.getTime()) / (TRAININGS - 1);
  const runs = new Map<string, number>();
  const bandOf = (i: number) => Math.floor((i * BANDS) / TRAININGS);
  const bandStart = (band: number) => Math.ceil((band * TRAININGS) / BANDS);
  return Array.from({ length: TRAININGS }, (_, i) => {
    const theme = THEMES[(i * 7) % THEMES.length]!;
    const start = new Date(FIRST_START.getTime() + Math.round((i * span) / 86_400_000) * 86_400_000);
    const year = start.getUTCFullYear();
    const run = (runs.get(`${theme.title}/${year}`) ?? 0) + 1;
    runs.set(`${theme.title}/${year}`, run);
    return {
      band: bandOf(i),
      slot: i - bandStart(bandOf(i)),
      title: `${theme.title} Angkatan ${run} Tahun ${year} (${batch})`,
      kind: theme.kind,
      type: TRAINING_KIND_TYPE[theme.kind],
      provider: theme.provider,
      mode: theme.kind === "E_LEARNING" || theme.kind === "KOMUNITAS_BELAJAR" ? "DARING" : theme.kind === "KEPEMIMPINAN" ? "CAMPURAN" : "LURING",
      start: toIsoDate(start),
      end: toIsoDate(addDays(start, theme.days - 1)),
      deadline: toIsoDate(addDays(start, -10)),
      hours: theme.hours,
      competencies: theme.competencies,
      certificate: `${theme.kind.slice(0, 4)}/${year}/${String(i + 1).padStart(3, "0")}/`,
    };
  });
}

/**
 * Writes the development data of the scale batch under `rootId` (`batch` is its code, SCALE-n). Runs
 * inside the caller's transaction (temp tables are dropped at commit).
 */
export async function seedScaleDevelopment(client: pg.Client, rootId: number, batch: string, log: (line: string) => void): Promise<ScaleDevelopmentCounts> {
  const counts: ScaleDevelopmentCounts = {};
  const step = async (name: string, run: () => Promise<number>) => {
    const started = Date.now();
    counts[name] = (counts[name] ?? 0) + (await run());
    log(`  ${name}: ${counts[name]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };

  // Generated consistent with every foreign key: superusers skip the checks for this transaction.
  await client.query("SAVEPOINT sd_replica");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT sd_replica");
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT sd_replica");
  }
  await client.query("SET LOCAL work_mem = '256MB'");
  await client.query("SET LOCAL maintenance_work_mem = '512MB'");

  await client.query(
    `CREATE TEMP TABLE sd_people ON COMMIT DROP AS
     SELECT e.id AS employee_id, e.supervisor_id, s.supervisor_id AS rater_rater_id, e.position_id, e.status::text AS status, e.rank_id,
            e.service_start, p.grade, ${uniform("e.id::bigint * 7 + 4")} AS u
     FROM employees e JOIN org_units u ON u.id = e.unit_id JOIN positions p ON p.id = e.position_id LEFT JOIN employees s ON s.id = e.supervisor_id
     WHERE u.path[1] = $1`,
    [rootId],
  );
  await client.query(`CREATE INDEX ON sd_people (employee_id)`);
  await client.query(`ANALYZE sd_people`);

  // ── Catalog ──
  const catalog = planCatalog(batch);
  const { rows: ids } = await client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('trainings', 'id'))::int AS id FROM generate_series(1, $1)`, [catalog.length]);
  const trainingIds = ids.map((r) => r.id).sort((a, b) => a - b);
  const col = <T>(pick: (t: (typeof catalog)[number], i: number) => T) => catalog.map(pick);
  await step("trainings", () =>
    rowCount(
      client,
      `INSERT INTO trainings (id, title, type, kind, provider, mode, description, start_date, end_date, registration_deadline, hours, quota, seats_taken,
         position_types, published, created_at, updated_at)
       SELECT id, title, type::"TrainingType", kind::"TrainingKind", provider, mode::"DeliveryMode", 'Data uji skala.', s, e, dl, hours, 30, 0,
         '{}', true, ${wib(`least(dl - 45, date '${TODAY}' - 30)`)}, ${wib(`least(dl - 45, date '${TODAY}' - 30)`)}
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::date[], $10::numeric[])
         AS t(id, title, type, kind, provider, mode, s, e, dl, hours)`,
      [trainingIds, col((t) => t.title), col((t) => t.type), col((t) => t.kind), col((t) => t.provider), col((t) => t.mode), col((t) => t.start), col((t) => t.end), col((t) => t.deadline), col((t) => t.hours)],
    ),
  );
  const links = catalog.flatMap((t, i) => t.competencies.map((code) => [trainingIds[i]!, code] as const));
  await step("training_competencies", () =>
    rowCount(
      client,
      `INSERT INTO training_competencies (training_id, competency_id)
       SELECT t, c.id FROM unnest($1::int[], $2::text[]) AS x(t, code) JOIN competencies c ON c.code = x.code`,
      [links.map((l) => l[0]), links.map((l) => l[1])],
    ),
  );
  await client.query(
    `CREATE TEMP TABLE sd_training ON COMMIT DROP AS
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[]) AS t(id, band, slot, certificate)`,
    [trainingIds, col((t) => t.band), col((t) => t.slot), col((t) => t.certificate)],
  );
  await client.query(`ALTER TABLE sd_training ADD COLUMN start_date date, ADD COLUMN end_date date, ADD COLUMN deadline date`);
  await client.query(`UPDATE sd_training s SET start_date = t.start_date, end_date = t.end_date, deadline = t.registration_deadline FROM trainings t WHERE t.id = s.id`);
  await client.query(`CREATE INDEX ON sd_training (band, slot)`);
  await client.query(`ANALYZE sd_training`);

  // ── Registrations: 3–5 per person, one per time band, status by where the training stands ──
  await step("training_registrations", () =>
    withIndexesRebuilt(client, "training_registrations", () => rowCount(
      client,
      `WITH picks AS (
         SELECT p.employee_id, p.supervisor_id, p.service_start, k AS band,
                (hashint8(p.employee_id::bigint * 31 + k) & 1048575) AS h, ${uniform("p.employee_id::bigint * 37 + k")} AS v
         FROM sd_people p CROSS JOIN generate_series(0, ${BANDS - 1}) k
         WHERE p.supervisor_id IS NOT NULL AND k < (ARRAY[3, 4, 4, 5, 5])[1 + (hashint8(p.employee_id::bigint * 3) & 1048575) % 5]
       ), chosen AS (
         SELECT c.*, t.id AS training_id, t.start_date, t.end_date, t.deadline, t.certificate,
                t.deadline - 2 - (c.h % 14)::int AS asked,
                CASE WHEN t.end_date < date '${TODAY}' - 7 THEN
                       CASE WHEN c.v < 0.90 THEN 'COMPLETED' WHEN c.v < 0.94 THEN 'NOT_COMPLETED' WHEN c.v < 0.97 THEN 'DECLINED' ELSE 'CANCELLED' END
                     WHEN t.start_date <= date '${TODAY}' THEN CASE WHEN c.v < 0.95 THEN 'APPROVED' ELSE 'DECLINED' END
                     ELSE CASE WHEN c.v < 0.45 THEN 'PENDING' WHEN c.v < 0.90 THEN 'APPROVED' ELSE 'DECLINED' END END AS status
         FROM picks c JOIN (SELECT band, count(*)::int AS n FROM sd_training GROUP BY band) b ON b.band = c.band
         JOIN sd_training t ON t.band = c.band AND t.slot = (c.h % b.n)::int
       )
       INSERT INTO training_registrations (training_id, employee_id, status, requested_at, decider_id, decided_at, decline_reason, completed_at, certificate_number)
       SELECT training_id, employee_id, status::"RegistrationStatus",
              ${wib("least(asked, date '" + TODAY + "' - 1)", "09:00")},
              CASE WHEN status NOT IN ('PENDING', 'CANCELLED') THEN supervisor_id END,
              CASE WHEN status NOT IN ('PENDING', 'CANCELLED') THEN ${wib("least(asked + 2, date '" + TODAY + "' - 1)", "14:00")} END,
              CASE WHEN status = 'DECLINED' THEN 'Bertepatan dengan beban kerja akhir periode; mohon ikut angkatan berikutnya.' END,
              CASE WHEN status IN ('COMPLETED', 'NOT_COMPLETED') THEN end_date END,
              CASE WHEN status = 'COMPLETED' THEN certificate || employee_id END
       FROM chosen WHERE service_start <= asked`,
    )),
  );
  // Seats held, and a quota that fits them (classes of 30, or the registrations rounded up).
  await client.query(
      `WITH held AS (
         SELECT r.training_id, count(*) FILTER (WHERE r.status IN ('PENDING', 'APPROVED'))::int AS seats, count(*)::int AS n
         FROM training_registrations r JOIN sd_training t ON t.id = r.training_id GROUP BY 1
       )
       UPDATE trainings t SET seats_taken = h.seats, quota = greatest(30, ((h.n + 49) / 50) * 50 + 50) FROM held h WHERE h.training_id = t.id`,
  );

  // ── External trainings for ~5%: mostly verified by HR (the demo's admin when present) ──
  const hr = (await client.query<{ id: number }>(`SELECT u.employee_id AS id FROM users u WHERE 'ADMIN_BKD' = ANY(u.roles) ORDER BY u.employee_id LIMIT 1`)).rows[0]?.id ?? null;
  await step("external_trainings", () =>
    withIndexesRebuilt(client, "external_trainings", () => rowCount(
      client,
      `WITH chosen AS (
         SELECT p.employee_id, p.supervisor_id, (hashint8(p.employee_id::bigint * 41) & 1048575) AS h, ${uniform("p.employee_id::bigint * 43")} AS v,
                greatest(p.service_start + 30, date '2024-02-01') + ((hashint8(p.employee_id::bigint * 47) & 1048575) % 900)::int AS start_date
         FROM sd_people p WHERE p.u < 0.05
       ), x AS (
         SELECT c.*, e.title, e.kind, e.provider, e.hours, c.start_date + (CASE WHEN e.hours > 16 THEN 4 ELSE 0 END) AS end_date
         FROM chosen c JOIN unnest($1::text[], $2::text[], $3::text[], $4::numeric[]) WITH ORDINALITY AS e(title, kind, provider, hours, n) ON e.n = 1 + c.h % $5
         WHERE c.start_date + 20 < date '${TODAY}'
       )
       INSERT INTO external_trainings (employee_id, title, kind, provider, start_date, end_date, hours, certificate_number, status, verifier_id, verified_at, reject_reason, created_at)
       SELECT employee_id, title, kind::"TrainingKind", provider, start_date, end_date, hours, 'EXT/' || employee_id || '/' || extract(year FROM end_date),
              (CASE WHEN v < 0.80 THEN 'VERIFIED' WHEN v < 0.95 THEN 'SUBMITTED' ELSE 'REJECTED' END)::"ExternalTrainingStatus",
              CASE WHEN v < 0.80 OR v >= 0.95 THEN coalesce($6::int, supervisor_id) END,
              CASE WHEN v < 0.80 OR v >= 0.95 THEN ${wib("end_date + 12", "10:00")} END,
              CASE WHEN v >= 0.95 THEN 'Sertifikat tidak mencantumkan jumlah jam pelajaran.' END,
              ${wib("end_date + 3", "10:00")}
       FROM x`,
      [EXTERNAL_TITLES.map((e) => e.title), EXTERNAL_TITLES.map((e) => e.kind), EXTERNAL_TITLES.map((e) => e.provider), EXTERNAL_TITLES.map((e) => e.hours), EXTERNAL_TITLES.length, hr],
    )),
  );

  // ── Mentoring for ~0.5%: the rater's rater mentors when senior and at least Baik the year before ──
  await step("mentoring_pairs", () =>
    rowCount(
      client,
      `WITH chosen AS (
         SELECT p.employee_id AS mentee_id, p.rater_rater_id AS mentor_id, p.supervisor_id,
                CASE WHEN p.u < 0.0015 THEN date '2025-03-03' ELSE date '2026-02-02' + ((hashint8(p.employee_id::bigint * 53) & 1048575) % 200)::int END AS start_date
         FROM sd_people p WHERE p.u < 0.005 AND p.rater_rater_id IS NOT NULL
       )
       INSERT INTO mentoring_pairs (mentor_id, mentee_id, goals, start_date, end_date, status, outcome, opened_by_id, closed_at, created_at)
       SELECT c.mentor_id, c.mentee_id, 'Menguatkan kompetensi teknis dan kesiapan jenjang berikutnya melalui pendampingan berkala.',
              c.start_date, (c.start_date + interval '11 months')::date,
              (CASE WHEN c.start_date < date '2026-01-01' THEN 'CLOSED' ELSE 'ACTIVE' END)::"MentoringStatus",
              CASE WHEN c.start_date < date '2026-01-01' THEN 'Target pengembangan tercapai; mentee siap mengikuti uji kompetensi.' END,
              c.supervisor_id,
              CASE WHEN c.start_date < date '2026-01-01' THEN ${wib("(c.start_date + interval '11 months')::date + 3", "10:00")} END,
              ${wib("c.start_date - 7")}
       FROM chosen c JOIN sd_people me ON me.employee_id = c.mentee_id JOIN employees m ON m.id = c.mentor_id
       JOIN positions mp ON mp.id = m.position_id
       JOIN annual_performances ap ON ap.employee_id = m.id AND ap.year = extract(year FROM c.start_date)::int - 1 AND ap.predikat IN ('SANGAT_BAIK', 'BAIK')
       WHERE CASE WHEN m.status = 'PNS' AND me.status = 'PNS' AND m.rank_id IS NOT NULL AND me.rank_id IS NOT NULL THEN m.rank_id > me.rank_id
                  ELSE mp.grade > me.grade END
         AND NOT EXISTS (SELECT 1 FROM rank_histories h WHERE h.employee_id IN (c.mentor_id, c.mentee_id) AND h.tmt > c.start_date)`,
    ),
  );
  await client.query(
    `CREATE TEMP TABLE sd_pair ON COMMIT DROP AS
     SELECT mp.id, mp.mentor_id, mp.mentee_id, mp.start_date, mp.end_date FROM mentoring_pairs mp JOIN sd_people p ON p.employee_id = mp.mentee_id`,
  );
  await step("mentoring_sessions", () =>
    rowCount(
      client,
      `INSERT INTO mentoring_sessions (pair_id, date, topic, notes, minutes, logged_by_id, created_at)
       SELECT x.id, x.d, 'Sesi pendampingan ' || x.k, NULL, CASE WHEN x.k % 2 = 0 THEN 90 ELSE 60 END,
              CASE WHEN x.k % 2 = 0 THEN x.mentor_id ELSE x.mentee_id END, ${wib("x.d", "16:00")}
       FROM (SELECT s.*, k, s.start_date + 14 + (k - 1) * 42 AS d FROM sd_pair s CROSS JOIN generate_series(1, 4) k) x
       WHERE x.d <= least(x.end_date, date '${TODAY}' - 3)`,
    ),
  );

  // ── The JP ledger: completed registrations, verified external trainings, sessions for the mentee ──
  await step("development_hours", () =>
    withIndexesRebuilt(client, "development_hours", async () => {
      let n = await rowCount(
        client,
        `INSERT INTO development_hours (employee_id, year, date, hours, source, source_id, type, title)
         SELECT r.employee_id, extract(year FROM r.completed_at)::smallint, r.completed_at, t.hours, 'TRAINING', r.id, t.type, t.title
         FROM training_registrations r JOIN sd_training s ON s.id = r.training_id JOIN trainings t ON t.id = r.training_id WHERE r.status = 'COMPLETED'`,
      );
      n += await rowCount(
        client,
        `INSERT INTO development_hours (employee_id, year, date, hours, source, source_id, type, title)
         SELECT x.employee_id, extract(year FROM x.end_date)::smallint, x.end_date, x.hours, 'EXTERNAL', x.id,
                (CASE x.kind::text ${Object.entries(TRAINING_KIND_TYPE).map(([kind, type]) => `WHEN '${kind}' THEN '${type}'`).join(" ")} END)::"TrainingType", x.title
         FROM external_trainings x JOIN sd_people p ON p.employee_id = x.employee_id WHERE x.status = 'VERIFIED'`,
      );
      n += await rowCount(
        client,
        `INSERT INTO development_hours (employee_id, year, date, hours, source, source_id, type, title)
         SELECT s.mentee_id, extract(year FROM m.date)::smallint, m.date, round(m.minutes * 100 / 45.0) / 100, 'MENTORING', m.id, 'NON_KLASIKAL', 'Mentoring: ' || m.topic
         FROM mentoring_sessions m JOIN sd_pair s ON s.id = m.pair_id`,
      );
      return n;
    }),
  );

  // ── Competency assessments for ~50%: every line of their position's standard, some gaps ──
  await step("competency_assessments", () =>
    withIndexesRebuilt(client, "competency_assessments", () => rowCount(
      client,
      `WITH chosen AS (
         SELECT p.employee_id, p.position_id,
                (ARRAY[date '2024-08-20', date '2025-03-12', date '2025-10-08', date '2026-04-22', date '2026-09-16'])
                  [1 + (hashint8(p.employee_id::bigint * 59) & 1048575) % 5] AS on_date, p.service_start
         FROM sd_people p WHERE ${uniform("p.employee_id::bigint * 61")} < 0.5
       )
       INSERT INTO competency_assessments (employee_id, competency_id, level, assessed_on, source, notes, created_at)
       SELECT c.employee_id, pc.competency_id,
              greatest(1, least(k.max_level, pc.required_level + (CASE WHEN u < 0.2 THEN -1 WHEN u < 0.72 THEN 0 ELSE 1 END))),
              c.on_date, 'Assessment Center BKD', CASE WHEN u < 0.2 THEN 'Perlu penguatan melalui pelatihan teknis.' END, ${wib("c.on_date + 14")}
       FROM chosen c JOIN position_competencies pc ON pc.position_id = c.position_id JOIN competencies k ON k.id = pc.competency_id
       CROSS JOIN LATERAL (SELECT ${uniform("c.employee_id::bigint * 67 + pc.competency_id")} AS u) r
       WHERE c.on_date >= c.service_start`,
    )),
  );

  // ── Sanctions for ~1%: RINGAN, SEDANG and BERAT; the last two block a KP while they run ──
  const blocks = (level: keyof typeof SANCTION_TEXT) => String(DEFAULT_BLOCKS_PROMOTION[level]);
  await step("sanctions", () =>
    rowCount(
      client,
      `WITH chosen AS (
         SELECT p.employee_id, ${uniform("p.employee_id::bigint * 71")} AS v,
                greatest(p.service_start + 365, date '2022-01-03') + ((hashint8(p.employee_id::bigint * 73) & 1048575) % 1750)::int AS start_date
         FROM sd_people p WHERE p.status = 'PNS' AND ${uniform("p.employee_id::bigint * 79")} < 0.01
       ), leveled AS (
         SELECT c.*, CASE WHEN v < 0.5 THEN 'RINGAN' WHEN v < 0.85 THEN 'SEDANG' ELSE 'BERAT' END AS level FROM chosen c WHERE c.start_date < date '${TODAY}'
       )
       INSERT INTO sanctions (employee_id, level, kind, reason, start_date, end_date, blocks_promotion, sk_number, sk_date, created_at)
       SELECT employee_id, level::"SanctionLevel",
              CASE level WHEN 'RINGAN' THEN $1 WHEN 'SEDANG' THEN $2 ELSE $3 END,
              CASE level WHEN 'RINGAN' THEN $4 WHEN 'SEDANG' THEN $5 ELSE $6 END,
              start_date,
              CASE level WHEN 'RINGAN' THEN NULL WHEN 'SEDANG' THEN (start_date + interval '${SANCTION_TEXT.SEDANG.months} months' - interval '1 day')::date
                         ELSE (start_date + interval '${SANCTION_TEXT.BERAT.months} months' - interval '1 day')::date END,
              CASE level WHEN 'RINGAN' THEN ${blocks("RINGAN")} WHEN 'SEDANG' THEN ${blocks("SEDANG")} ELSE ${blocks("BERAT")} END,
              '862.3/HD/' || employee_id || '/' || extract(year FROM start_date), start_date - 7, ${wib("start_date - 5")}
       FROM leveled`,
      [SANCTION_TEXT.RINGAN.kind, SANCTION_TEXT.SEDANG.kind, SANCTION_TEXT.BERAT.kind, SANCTION_TEXT.RINGAN.reason, SANCTION_TEXT.SEDANG.reason, SANCTION_TEXT.BERAT.reason],
    ),
  );

  // ── Satyalancana Karya Satya after 10, 20 and 30 years (Keppres each 17 August), ~88% of those due ──
  await step("awards", () =>
    rowCount(
      client,
      `WITH due AS (
         SELECT p.employee_id, n, (p.service_start + make_interval(years => n))::date AS reached
         FROM sd_people p CROSS JOIN (VALUES (10), (20), (30)) AS y(n)
         WHERE p.status = 'PNS' AND ${uniform("p.employee_id::bigint * 83 + n")} < 0.88
       ), dated AS (
         SELECT d.*, make_date(extract(year FROM d.reached)::int + CASE WHEN d.reached > make_date(extract(year FROM d.reached)::int, 8, 17) THEN 1 ELSE 0 END, 8, 17) AS sk_date
         FROM due d
       )
       INSERT INTO awards (employee_id, name, grantor, sk_number, sk_date, created_at)
       SELECT employee_id, 'Satyalancana Karya Satya ' || repeat('X', n / 10) || ' Tahun', 'Presiden Republik Indonesia',
              'Keppres Nomor ' || (40 + extract(year FROM sk_date)::int % 60) || '/TK/Tahun ' || extract(year FROM sk_date), sk_date, ${wib("sk_date + 30")}
       FROM dated WHERE sk_date <= date '${TODAY}'`,
    ),
  );

  // ── Career targets for ~2%: the post of their own rater (one step up in their unit tree) ──
  await step("career_targets", () =>
    rowCount(
      client,
      `INSERT INTO career_targets (employee_id, position_id, chosen_at)
       SELECT p.employee_id, s.position_id, ${wib(`date '2026-01-05' + ((hashint8(p.employee_id::bigint * 89) & 1048575) % 300)::int`, "11:00")}
       FROM sd_people p JOIN employees s ON s.id = p.supervisor_id
       WHERE ${uniform("p.employee_id::bigint * 97")} < 0.02 AND s.position_id <> p.position_id`,
    ),
  );

  const below = await client.query<{ people: string; below: string }>(
    `SELECT count(*) AS people, count(*) FILTER (WHERE coalesce(h.jp, 0) < $1) AS below
     FROM sd_people p LEFT JOIN (SELECT employee_id, sum(hours) AS jp FROM development_hours WHERE year = 2026 GROUP BY 1) h ON h.employee_id = p.employee_id`,
    [REQUIRED_JP_PER_YEAR],
  );
  log(`  JP 2026: ${below.rows[0]!.below} dari ${below.rows[0]!.people} pegawai di bawah ${REQUIRED_JP_PER_YEAR} JP`);
  return counts;
}
