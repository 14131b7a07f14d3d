// Appraisal data for a scale batch (prisma/seed/scale.ts), set-based: every statement is one
// INSERT … SELECT over the batch's employees (temp tables, generate_series), no per-row round trips.
// For every scale employee with a supervisor: AGREED SKPs 2024 and 2025 with quarterly and annual
// evaluations (acknowledged or released) and their annual results, angka kredit for functional
// posts, PP 30/2019 scores for 2022–2023, and a 2026 SKP in a mix of states with Q1–Q3 in a mix of
// evaluation states; 2–3 RHK per SKP with one indicator each; a UnitYearResult per OPD 2024–2026.
//
// Simplifications against the demo: the SKP's post is the employee's current one for every year;
// predikats come from a hash of (employee, year) weighted towards a per-person hash, so a person's
// years are correlated; and only 2026 evaluations carry per-RHK and per-core-value rating rows.
// Older scale evaluations carry only the overall ratings, which is what the benchmarked pages (team,
// history, unit distribution) read: 7M+ behaviour rows for 2024–2025 would dominate seeding time.
import type pg from "pg";
import { CREDIT_TABLE, PREDIKAT_PERCENT } from "../../lib/domain/appraisal/credit";
import { checkDistribution, DEFAULT_DISTRIBUTION_RULES, emptyCounts, rulesFor, type DistributionRule, type OrgResult } from "../../lib/domain/appraisal/distribution";
import { FUNCTIONAL_LEVELS } from "../../lib/domain/positions";
import { PREDIKATS, type Predikat } from "../../lib/domain/predikat";
import { fillUnit, resultMenu } from "./demo-appraisals-texts";

/** Person weight of the yearly score; the rest is the (employee, year) hash. */
const PERSON_WEIGHT = 0.65;
/**
 * Cut points of score = 0.65·u₁ + 0.35·u₂ (u uniform) for about 1% Sangat Kurang, 2.5% Kurang,
 * 6.5% Butuh Perbaikan, 67% Baik and 23% Sangat Baik: an OPD rated Baik then stays within its
 * 70% Baik limit and has someone below Baik, as the default distribution rules ask.
 */
const CUT = { SANGAT_KURANG: 0.0675, KURANG: 0.126, BUTUH_PERBAIKAN: 0.2133, SANGAT_BAIK: 0.6765 };

const uniform = (expr: string) => `((hashint8(${expr}) & 1048575)::float8 / 1048576)`;
/** Yearly score of employee `e`, period `no` (0 = the year itself) of `y`. */
const score = (e: string, y: string, no: string) => `(${PERSON_WEIGHT} * s_up + ${1 - PERSON_WEIGHT} * ${uniform(`${e}::bigint * 100000 + ${y} * 10 + ${no}`)})`;
const PREDIKAT_CASE = (x: string) => `(CASE WHEN ${x} < ${CUT.SANGAT_KURANG} THEN 'SANGAT_KURANG' WHEN ${x} < ${CUT.KURANG} THEN 'KURANG'
  WHEN ${x} < ${CUT.BUTUH_PERBAIKAN} THEN 'BUTUH_PERBAIKAN' WHEN ${x} >= ${CUT.SANGAT_BAIK} THEN 'SANGAT_BAIK' ELSE 'BAIK' END)`;
/** 10:00 WIB on a date. */
const wib = (date: string, time = "10:00") => `((${date})::date + time '${time}') AT TIME ZONE 'Asia/Jakarta'`;

export type ScaleAppraisalCounts = Record<string, number>;

async function reserve(client: pg.Client, table: string, count: number): Promise<number> {
  const { rows } = await client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id`, [table]);
  const first = rows[0]!.id;
  if (count > 1) await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2)`, [table, first + count - 1]);
  return first;
}

async function rowCount(client: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  return (await client.query(sql, params)).rowCount ?? 0;
}

/**
 * Bulk load into a big table without maintaining its secondary indexes row by row: they are dropped
 * (inside the transaction, so a failure restores them) and rebuilt from their own definitions, which
 * halves the time of the million-row inserts. The primary key stays.
 */
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

/** The agency's distribution rules; the settings row and the default rules are written when missing. */
async function distributionRules(client: pg.Client): Promise<DistributionRule[]> {
  await client.query(`INSERT INTO appraisal_settings (id, frequency, updated_at) VALUES (1, 'QUARTERLY', now()) ON CONFLICT (id) DO NOTHING`);
  if (Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM distribution_rules`)).rows[0]!.n) === 0) {
    for (const rule of DEFAULT_DISTRIBUTION_RULES) {
      await client.query(`INSERT INTO distribution_rules (org_result, predikats, min_percent, max_percent, require_any) VALUES ($1, $2::"Predikat"[], $3, $4, $5)`, [
        rule.orgResult, rule.predikats, rule.minPercent, rule.maxPercent, rule.requireAny,
      ]);
    }
  }
  const { rows } = await client.query<{ org_result: OrgResult; predikats: string; min_percent: number | null; max_percent: number | null; require_any: boolean }>(
    `SELECT org_result, predikats::text[]::text AS predikats, min_percent, max_percent, require_any FROM distribution_rules`,
  );
  return rows.map((r) => ({
    orgResult: r.org_result,
    predikats: r.predikats.replace(/[{}]/g, "").split(",").filter(Boolean) as Predikat[],
    minPercent: r.min_percent,
    maxPercent: r.max_percent,
    requireAny: r.require_any,
  }));
}

/**
 * Writes the appraisal data of the scale batch under `rootId`. Runs inside the caller's transaction
 * (temp tables are dropped at commit).
 */
export async function seedScaleAppraisals(client: pg.Client, rootId: number, log: (line: string) => void): Promise<ScaleAppraisalCounts> {
  const counts: ScaleAppraisalCounts = {};
  const step = async (name: string, run: () => Promise<number>) => {
    const started = Date.now();
    counts[name] = (counts[name] ?? 0) + (await run());
    log(`  ${name}: ${counts[name]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };

  // The rows are generated consistent with every foreign key; checking ~5M references one by one
  // would double the time. Superusers (the embedded server) skip the checks for this transaction.
  await client.query("SAVEPOINT sa_replica");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT sa_replica");
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT sa_replica");
  }
  await client.query("SET LOCAL work_mem = '256MB'");
  await client.query("SET LOCAL maintenance_work_mem = '512MB'");

  // People: ratee, rater, rater's rater, current post, OPD, a per-person uniform.
  await client.query(
    `CREATE TEMP TABLE sa_people ON COMMIT DROP AS
     SELECT e.id AS employee_id, e.supervisor_id AS rater_id, s.supervisor_id AS rater_rater_id, e.position_id, e.unit_id, u.path[2] AS opd_id,
            p.type::text AS ptype, p.functional_level::text AS level, e.service_start, ${uniform("e.id::bigint")} AS s_up
     FROM employees e JOIN employees s ON s.id = e.supervisor_id JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id
     WHERE u.path[1] = $1`,
    [rootId],
  );

  // SKPs: 2024 and 2025 agreed; 2026 in a mix. state: FULL (Q1–Q3 acknowledged), Q3_RATED,
  // Q3_SELF (self-assessed, waiting for the rater), Q3_OPEN (opened, nothing entered), DRAFT, SUBMITTED.
  await client.query(
    `CREATE TEMP TABLE sa_skp ON COMMIT DROP AS
     SELECT row_number() OVER (ORDER BY p.employee_id, y)::int AS rn, p.*, y AS year,
            greatest(make_date(y, 1, 1), p.service_start) AS period_start, make_date(y, 12, 31) AS period_end,
            2 + (hashint8(p.employee_id::bigint * 7 + y) & 1) AS n_rhk,
            CASE WHEN y < 2026 THEN 'AGREED' ELSE (
              SELECT CASE WHEN h < 0.04 THEN 'DRAFT' WHEN h < 0.08 THEN 'SUBMITTED' WHEN h < 0.70 THEN 'FULL'
                          WHEN h < 0.82 THEN 'Q3_RATED' WHEN h < 0.93 THEN 'Q3_SELF' ELSE 'Q3_OPEN' END
              FROM (SELECT ${uniform("p.employee_id::bigint * 31 + 2026")} AS h) x) END AS state
     FROM sa_people p CROSS JOIN generate_series(2024, 2026) y
     WHERE p.service_start <= make_date(y, 12, 1)`,
  );
  const skpCount = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM sa_skp")).rows[0]!.n);
  const appraisalBase = await reserve(client, "appraisals", skpCount);
  // RHK ids: three slots per SKP (an SKP with two leaves one unused), so a parent id is arithmetic.
  const resultBase = await reserve(client, "plan_results", skpCount * 3);
  await client.query(`ALTER TABLE sa_skp ADD COLUMN id int, ADD COLUMN status text`);
  await client.query(
    `UPDATE sa_skp SET id = $1 + rn - 1, status = CASE WHEN state IN ('DRAFT', 'SUBMITTED') THEN state ELSE 'AGREED' END`,
    [appraisalBase],
  );
  await client.query(`CREATE INDEX ON sa_skp (employee_id, year)`);
  await client.query(`CREATE INDEX ON sa_skp (id)`);
  await client.query(`ANALYZE sa_skp`);

  await step("appraisals", () =>
    withIndexesRebuilt(client, "appraisals", () => rowCount(
      client,
      `INSERT INTO appraisals (id, employee_id, year, period_start, period_end, rater_id, rater_rater_id, position_id, unit_id, status, open_year,
         submitted_at, agreed_at, created_at, updated_at)
       SELECT id, employee_id, year, period_start, period_end, rater_id, rater_rater_id, position_id, unit_id, status::"PlanStatus", year,
         CASE WHEN status = 'DRAFT' THEN NULL ELSE ${wib("greatest(period_start + 10, make_date(year, 1, 12))", "09:30")} END,
         CASE WHEN status = 'AGREED' THEN ${wib("greatest(period_start + 16, make_date(year, 1, 20))", "14:00")} END,
         ${wib("greatest(period_start + 5, make_date(year, 1, 6))", "08:30")},
         ${wib("greatest(period_start + 16, make_date(year, 1, 20))", "14:00")}
       FROM sa_skp`,
    )),
  );
  await step("plan_behaviours", () =>
    rowCount(client, `INSERT INTO plan_behaviours (appraisal_id, value) SELECT s.id, v FROM sa_skp s CROSS JOIN unnest(enum_range(NULL::"CoreValue")) v`),
  );

  // RHK menu per post, from the demo's catalogue (texts and the first indicator of each RHK).
  const posts = await client.query<{ id: number; name: string; type: string; unit: string }>(
    `SELECT p.id, p.name, p.type::text AS type, u.name AS unit FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE u.path[1] = $1`,
    [rootId],
  );
  const menu = posts.rows.flatMap((post) =>
    resultMenu({ name: post.name, type: post.type as never }).map((spec, k) => ({ positionId: post.id, k, spec, unit: post.unit })),
  );
  await client.query(
    `CREATE TEMP TABLE sa_menu ON COMMIT DROP AS
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[])
       AS t(position_id, k, text, indicator, kind, value, unit, target_text)`,
    [
      menu.map((m) => m.positionId),
      menu.map((m) => m.k),
      menu.map((m) => fillUnit(m.spec.text, m.unit)),
      menu.map((m) => fillUnit(m.spec.indicators[0]!.text, m.unit)),
      menu.map((m) => m.spec.indicators[0]!.kind),
      menu.map((m) => m.spec.indicators[0]!.value ?? null),
      menu.map((m) => m.spec.indicators[0]!.unit ?? null),
      menu.map((m) => m.spec.indicators[0]!.targetText ?? null),
    ],
  );
  await client.query(`CREATE TEMP TABLE sa_menu_size ON COMMIT DROP AS SELECT position_id, count(*)::int AS n FROM sa_menu GROUP BY 1`);
  await client.query(`CREATE INDEX ON sa_menu (position_id, k)`);
  await client.query(`ANALYZE sa_menu`);

  // One row per RHK; the parent is the rater's RHK of the same year in turn (none for the Sekda's staff).
  await client.query(
    `CREATE TEMP TABLE sa_result ON COMMIT DROP AS
     SELECT $1::int + (s.rn - 1) * 3 + (g - 1) AS id, s.id AS appraisal_id, s.rn, g AS position, s.position_id,
            (g - 1 + s.employee_id) % ms.n AS k,
            CASE WHEN r.rn IS NOT NULL THEN $1::int + (r.rn - 1) * 3 + ((g - 1 + s.employee_id) % r.n_rhk) END AS parent_id
     FROM sa_skp s JOIN sa_menu_size ms ON ms.position_id = s.position_id CROSS JOIN generate_series(1, 3) g
     LEFT JOIN sa_skp r ON r.employee_id = s.rater_id AND r.year = s.year
     WHERE g <= s.n_rhk`,
    [resultBase],
  );
  await client.query(`CREATE INDEX ON sa_result (rn)`);
  await client.query(`ANALYZE sa_result`);
  await step("plan_results", () =>
    withIndexesRebuilt(client, "plan_results", () => rowCount(
      client,
      `INSERT INTO plan_results (id, appraisal_id, position, text, parent_result_id)
       SELECT r.id, r.appraisal_id, r.position, m.text, r.parent_id FROM sa_result r JOIN sa_menu m ON m.position_id = r.position_id AND m.k = r.k ORDER BY r.id`,
    )),
  );
  await step("plan_indicators", () =>
    rowCount(
      client,
      `INSERT INTO plan_indicators (result_id, position, text, target_kind, target_value, target_unit, target_text)
       SELECT r.id, 1, m.indicator, m.kind::"TargetKind", m.value, m.unit, m.target_text FROM sa_result r JOIN sa_menu m ON m.position_id = r.position_id AND m.k = r.k`,
    ),
  );

  // Evaluations: quarters clipped to the SKP (2024–2025 all four, 2026 Q1–Q3 by state) and the annual
  // one for 2024–2025. Ratings from the period's score; feedback wherever the predikat is not Baik
  // (so always where anything is below expectation).
  await step("evaluations", () =>
    withIndexesRebuilt(client, "evaluations", () => rowCount(
      client,
      `WITH periods AS (
         SELECT s.id AS appraisal_id, s.employee_id, s.rater_id, s.unit_id, s.year, s.state, s.s_up, 'PERIODIC' AS kind, g AS no,
                greatest(make_date(s.year, 3 * g - 2, 1), s.period_start) AS ps, (make_date(s.year, 3 * g - 2, 1) + interval '3 months - 1 day')::date AS pe
         FROM sa_skp s CROSS JOIN generate_series(1, 4) g
         WHERE s.status = 'AGREED' AND (make_date(s.year, 3 * g - 2, 1) + interval '3 months - 1 day')::date >= s.period_start
           AND (s.year < 2026 OR g <= 3)
         UNION ALL
         SELECT s.id, s.employee_id, s.rater_id, s.unit_id, s.year, s.state, s.s_up, 'ANNUAL', 0, s.period_start, s.period_end
         FROM sa_skp s WHERE s.year < 2026
       ), staged AS MATERIALIZED (
         SELECT p.*, ${score("p.employee_id", "p.year", "p.no")} AS x,
                CASE WHEN p.year < 2026 THEN (CASE WHEN p.no = 0 AND p.year = 2025 AND ${uniform("p.employee_id::bigint * 13 + 5")} < 0.03 THEN 'RELEASED' ELSE 'ACKNOWLEDGED' END)
                     WHEN p.no < 3 OR p.state = 'FULL' THEN 'ACKNOWLEDGED'
                     WHEN p.state = 'Q3_RATED' THEN 'RATED' WHEN p.state = 'Q3_SELF' THEN 'SELF_ASSESSED' ELSE 'OPEN' END AS status
         FROM periods p
       ), rated AS MATERIALIZED (
         SELECT t.*, ${PREDIKAT_CASE("t.x")} AS predikat, t.status IN ('RATED', 'RELEASED', 'ACKNOWLEDGED') AS is_rated,
                CASE WHEN t.no = 0 THEN make_date(t.year + 1, 1, 5) ELSE t.pe + 3 END AS self_day,
                CASE WHEN t.no = 0 THEN make_date(t.year + 1, 1, 15) WHEN t.status = 'RATED' THEN make_date(2026, 11, 10) ELSE t.pe + 9 END AS rated_day,
                CASE WHEN t.no = 0 THEN make_date(t.year + 1, 2, 2) ELSE t.pe + 13 END AS ack_day
         FROM staged t
       )
       INSERT INTO evaluations (appraisal_id, employee_id, rater_id, unit_id, year, kind, period_no, period_start, period_end, status, self_assessment, self_assessed_at,
         work_rating, behaviour_rating, predikat, feedback, rated_at, released_at, acknowledged_at, created_at, updated_at)
       SELECT r.appraisal_id, r.employee_id, r.rater_id, r.unit_id, r.year, r.kind::"EvaluationKind", r.no, r.ps, r.pe, r.status::"EvaluationStatus",
         CASE WHEN r.status <> 'OPEN' THEN CASE WHEN r.no = 0 THEN 'Seluruh RHK tahun ini tercapai; rincian ada pada realisasi.' ELSE 'Target triwulan tercapai sesuai rencana.' END END,
         CASE WHEN r.status <> 'OPEN' THEN ${wib("r.self_day")} END,
         CASE WHEN r.is_rated THEN (CASE r.predikat WHEN 'SANGAT_BAIK' THEN 'DI_ATAS' WHEN 'BAIK' THEN (CASE WHEN r.x > 0.55 THEN 'DI_ATAS' ELSE 'SESUAI' END)
                                     WHEN 'KURANG' THEN 'SESUAI' ELSE 'DI_BAWAH' END)::"Rating" END,
         CASE WHEN r.is_rated THEN (CASE r.predikat WHEN 'SANGAT_BAIK' THEN 'DI_ATAS' WHEN 'BAIK' THEN 'SESUAI' WHEN 'BUTUH_PERBAIKAN' THEN 'SESUAI' ELSE 'DI_BAWAH' END)::"Rating" END,
         CASE WHEN r.is_rated THEN r.predikat::"Predikat" END,
         CASE WHEN r.is_rated AND r.predikat <> 'BAIK' THEN (CASE r.predikat WHEN 'SANGAT_BAIK' THEN 'Kinerja melampaui ekspektasi; pertahankan.'
              WHEN 'BUTUH_PERBAIKAN' THEN 'Sebagian target di bawah ekspektasi; susun rencana perbaikan bersama atasan.'
              WHEN 'KURANG' THEN 'Perilaku kerja di bawah ekspektasi, terutama akuntabilitas; ikuti pembinaan.'
              ELSE 'Hasil dan perilaku kerja di bawah ekspektasi; rencana pembinaan tertulis disusun.' END) END,
         CASE WHEN r.is_rated THEN ${wib("r.rated_day", "13:00")} END,
         CASE WHEN r.is_rated AND r.no = 0 THEN ${wib("make_date(r.year + 1, 1, 28)", "15:00")} END,
         CASE WHEN r.status = 'ACKNOWLEDGED' THEN ${wib("r.ack_day", "08:00")} END,
         ${wib("CASE WHEN r.status = 'OPEN' THEN make_date(2026, 10, 12) ELSE r.self_day END")},
         ${wib(`CASE WHEN r.status = 'ACKNOWLEDGED' THEN r.ack_day WHEN r.status = 'RELEASED' THEN make_date(r.year + 1, 1, 28)
                     WHEN r.is_rated THEN r.rated_day WHEN r.status = 'OPEN' THEN make_date(2026, 10, 12) ELSE r.self_day END`)}
       FROM rated r`,
    )),
  );

  // 2026 only: per-RHK and per-core-value ratings of the rated evaluations, equal to the overall ones.
  await step("result_ratings", () =>
    rowCount(
      client,
      `INSERT INTO result_ratings (evaluation_id, result_id, rating)
       SELECT ev.id, r.id, ev.work_rating FROM sa_skp s JOIN evaluations ev ON ev.appraisal_id = s.id JOIN sa_result r ON r.rn = s.rn
       WHERE s.year = 2026 AND ev.work_rating IS NOT NULL`,
    ),
  );
  await step("behaviour_ratings", () =>
    rowCount(
      client,
      `INSERT INTO behaviour_ratings (evaluation_id, value, rating)
       SELECT ev.id, v, ev.behaviour_rating FROM sa_skp s JOIN evaluations ev ON ev.appraisal_id = s.id CROSS JOIN unnest(enum_range(NULL::"CoreValue")) v
       WHERE s.year = 2026 AND ev.behaviour_rating IS NOT NULL`,
    ),
  );

  // Annual results: 2024–2025 from the released annual evaluations, 2022–2023 as PP 30/2019 scores
  // whose band (with an innovation for 110+) gives the predikat, as lib/domain/appraisal/legacy.ts.
  await step("annual_performances", () =>
    rowCount(
      client,
      `INSERT INTO annual_performances (employee_id, year, predikat, evaluation_id, unit_id, updated_at)
       SELECT ev.employee_id, ev.year, ev.predikat, ev.id, ev.unit_id, ev.released_at
       FROM sa_skp s JOIN evaluations ev ON ev.appraisal_id = s.id AND ev.kind = 'ANNUAL' AND ev.period_no = 0 WHERE s.year < 2026`,
    ),
  );
  await step("annual_performances", () =>
    rowCount(
      client,
      `WITH scored AS (
         SELECT p.employee_id, y AS year, p.unit_id, ${score("p.employee_id", "y", "0")} AS x, ${uniform("p.employee_id::bigint * 17 + y")} < 0.7 AS innovation
         FROM sa_people p CROSS JOIN generate_series(2022, 2023) y WHERE p.service_start <= make_date(y, 12, 1)
       ), banded AS (
         SELECT *, round((CASE
           WHEN x >= ${CUT.SANGAT_BAIK} THEN 105 + (x - ${CUT.SANGAT_BAIK}) / ${1 - CUT.SANGAT_BAIK} * 15
           WHEN x >= ${CUT.BUTUH_PERBAIKAN} THEN 90 + (x - ${CUT.BUTUH_PERBAIKAN}) / ${CUT.SANGAT_BAIK - CUT.BUTUH_PERBAIKAN} * 15
           WHEN x >= ${CUT.KURANG} THEN 70 + (x - ${CUT.KURANG}) / ${CUT.BUTUH_PERBAIKAN - CUT.KURANG} * 19.99
           WHEN x >= ${CUT.SANGAT_KURANG} THEN 50 + (x - ${CUT.SANGAT_KURANG}) / ${CUT.KURANG - CUT.SANGAT_KURANG} * 19.99
           ELSE 30 + x / ${CUT.SANGAT_KURANG} * 19.99 END)::numeric, 2) AS legacy_score
         FROM scored
       )
       INSERT INTO annual_performances (employee_id, year, predikat, legacy_score, unit_id, updated_at)
       SELECT employee_id, year, (CASE WHEN legacy_score >= 110 AND innovation THEN 'SANGAT_BAIK' WHEN legacy_score >= 90 THEN 'BAIK'
                                       WHEN legacy_score >= 70 THEN 'BUTUH_PERBAIKAN' WHEN legacy_score >= 50 THEN 'KURANG' ELSE 'SANGAT_KURANG' END)::"Predikat",
              least(legacy_score, 120), unit_id, ${wib("make_date(year + 1, 1, 31)")}
       FROM banded`,
    ),
  );

  // Angka kredit, as lib/appraisals/annual.ts: months whose 15th the SKP covers × percent × coefficient.
  const percent = (column: string) => `(CASE ${column} ${PREDIKATS.map((p) => `WHEN '${p}' THEN ${PREDIKAT_PERCENT[p]}`).join(" ")} END)`;
  const coefficient = (column: string) => `(CASE ${column} ${FUNCTIONAL_LEVELS.map(({ level }) => `WHEN '${level}' THEN ${CREDIT_TABLE[level].coefficient}`).join(" ")} END)`;
  await step("credit_awards", () =>
    rowCount(
      client,
      `WITH base AS (
         SELECT s.employee_id, s.id AS appraisal_id, s.year, s.level, ev.predikat::text AS predikat, ev.released_at,
                (12 - extract(month FROM s.period_start)::int + CASE WHEN extract(day FROM s.period_start) <= 15 THEN 1 ELSE 0 END) AS months
         FROM sa_skp s JOIN evaluations ev ON ev.appraisal_id = s.id AND ev.kind = 'ANNUAL' AND ev.period_no = 0
         WHERE s.year < 2026 AND s.ptype = 'FUNGSIONAL' AND s.level IS NOT NULL
       )
       INSERT INTO credit_awards (employee_id, appraisal_id, year, functional_level, months, predikat, percentage, coefficient, credit, created_at)
       SELECT employee_id, appraisal_id, year, level::"FunctionalLevel", months, predikat::"Predikat", ${percent("predikat")}, ${coefficient("level")},
              round((months * ${percent("predikat")} * round(${coefficient("level")} * 100))::numeric / 120) / 1000, released_at
       FROM base`,
    ),
  );

  // Organisational results per OPD: 2024–2025 finalised (overridden if a distribution did not fit),
  // 2026 open. About two in five OPD-years are Istimewa.
  await step("unit_year_results", () =>
    rowCount(
      client,
      `INSERT INTO unit_year_results (unit_id, year, result, finalized_at, updated_at)
       SELECT u.id, y, (CASE WHEN ${uniform("u.id::bigint * 3 + y")} < 0.4 THEN 'ISTIMEWA' ELSE 'BAIK' END)::"OrgResult",
              CASE WHEN y < 2026 THEN ${wib("make_date(y + 1, 1, 28)", "15:00")} END,
              CASE WHEN y < 2026 THEN ${wib("make_date(y + 1, 1, 28)", "15:00")} ELSE ${wib("make_date(y, 2, 10)")} END
       FROM org_units u CROSS JOIN generate_series(2024, 2026) y WHERE u.parent_id = $1`,
      [rootId],
    ),
  );
  const rules = await distributionRules(client);
  const { rows: tallies } = await client.query<{ id: number; unit_id: number; result: OrgResult; predikat: Predikat; n: string }>(
    `SELECT r.id, r.unit_id, r.result::text AS result, ev.predikat::text AS predikat, count(*) AS n
     FROM unit_year_results r JOIN org_units u ON u.id = r.unit_id
     JOIN sa_skp s ON s.opd_id = r.unit_id AND s.year = r.year
     JOIN evaluations ev ON ev.appraisal_id = s.id AND ev.kind = 'ANNUAL' AND ev.period_no = 0
     WHERE u.parent_id = $1 AND r.finalized_at IS NOT NULL GROUP BY 1, 2, 3, 4`,
    [rootId],
  );
  const byResult = new Map<number, { result: OrgResult; counts: Record<Predikat, number> }>();
  for (const t of tallies) {
    const entry = byResult.get(t.id) ?? { result: t.result, counts: emptyCounts() };
    entry.counts[t.predikat] += Number(t.n);
    byResult.set(t.id, entry);
  }
  const misfits = [...byResult].filter(([, e]) => checkDistribution(e.counts, rulesFor(e.result, rules)).length > 0).map(([id]) => id);
  if (misfits.length) {
    await client.query(`UPDATE unit_year_results SET override_reason = 'Data uji skala: sebaran tidak sesuai kurva, disahkan dengan catatan.' WHERE id = ANY($1::int[])`, [misfits]);
  }
  counts.unit_year_overrides = misfits.length;
  return counts;
}
