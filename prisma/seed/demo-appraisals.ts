// Demo appraisal history for the demo province (called at the end of seedDemo, in its transaction):
// reads the people it just wrote, plans every SKP, evaluation and result in memory
// (demo-appraisals-plan.ts) and writes them with createMany, ids taken from the tables' sequences.
// Dates are fixed around DEMO_APPRAISAL_DATE (2026-11-23) so tests and screenshots are stable; only
// pending 360 deadlines look at the real today, so they stay in the future.
import { today as wibToday } from "../../lib/clock";
import { DEFAULT_DISTRIBUTION_RULES, type DistributionRule } from "../../lib/domain/appraisal/distribution";
import { toIsoDate } from "../../lib/domain/dates";
import type { SeedDb } from "./client";
import { describeDistribution, planDemoAppraisals, type AppraisalRows, type DemoPerson, type DemoPost, type DemoUnit, type IdAllocator } from "./demo-appraisals-plan";

export { DEMO_APPRAISAL_DATE } from "./demo-appraisals-plan";

const SEQUENCED = ["appraisals", "plan_results", "plan_indicators", "evaluations", "feedback_requests"] as const;
type Sequenced = (typeof SEQUENCED)[number];

/** Agency settings (quarterly) and the default kurva distribusi, unless HR's own rows are already there. */
export async function ensureAppraisalSettings(db: SeedDb): Promise<DistributionRule[]> {
  await db.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1, frequency: "QUARTERLY" }, update: {} });
  if ((await db.distributionRule.count()) === 0) {
    await db.distributionRule.createMany({ data: DEFAULT_DISTRIBUTION_RULES.map((rule) => ({ ...rule })) });
  }
  const rows = await db.distributionRule.findMany({ orderBy: { id: "asc" } });
  return rows.map((r) => ({ orgResult: r.orgResult, predikats: r.predikats, minPercent: r.minPercent, maxPercent: r.maxPercent, requireAny: r.requireAny }));
}

/** Hands out ids from each table's own sequence: the first nextval, then setval past the last one used. */
async function allocator(db: SeedDb): Promise<{ nextId: IdAllocator; commit: () => Promise<void> }> {
  const next = new Map<Sequenced, number>();
  for (const table of SEQUENCED) {
    const [row] = await db.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id`;
    next.set(table, row!.id);
  }
  const first = new Map(next);
  return {
    nextId: (table) => {
      const id = next.get(table)!;
      next.set(table, id + 1);
      return id;
    },
    commit: async () => {
      for (const table of SEQUENCED) {
        const used = next.get(table)! - first.get(table)!;
        if (used > 0) await db.$queryRaw`SELECT setval(pg_get_serial_sequence(${table}, 'id'), ${next.get(table)! - 1})::text`;
      }
    },
  };
}

export type DemoAppraisalCounts = Record<string, number>;

export async function seedDemoAppraisals(db: SeedDb, options: { today?: Date } = {}): Promise<DemoAppraisalCounts> {
  const rules = await ensureAppraisalSettings(db);
  // One after another: inside seedDemo's transaction there is one connection.
  const employees = await db.employee.findMany({ select: { id: true, nip: true, supervisorId: true, serviceStart: true, positionId: true }, orderBy: { id: "asc" } });
  const histories = await db.positionHistory.findMany({ select: { employeeId: true, positionId: true, tmt: true }, orderBy: [{ tmt: "asc" }, { id: "asc" }] });
  const positions = await db.position.findMany({ select: { id: true, name: true, type: true, functionalLevel: true, unitId: true } });
  const orgUnits = await db.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true, path: true } });
  const historyOf = new Map<number, { positionId: number; tmt: Date }[]>();
  for (const row of histories) historyOf.set(row.employeeId, [...(historyOf.get(row.employeeId) ?? []), { positionId: row.positionId, tmt: row.tmt }]);
  const people: DemoPerson[] = employees.map((e) => ({ ...e, history: historyOf.get(e.id) ?? [{ positionId: e.positionId, tmt: e.serviceStart }] }));
  const posts = new Map<number, DemoPost>(positions.map((p) => [p.id, p]));
  const units = new Map<number, DemoUnit>(orgUnits.map((u) => [u.id, u]));

  const ids = await allocator(db);
  const rows = planDemoAppraisals({ people, posts, units, rules, today: options.today ?? wibToday(), nextId: ids.nextId });
  await ids.commit();
  await writeRows(db, rows);

  const counts: DemoAppraisalCounts = {
    unit_year_results: rows.unitYears.length,
    appraisals: rows.appraisals.length,
    plan_results: rows.results.length,
    plan_indicators: rows.indicators.length,
    evaluations: rows.evaluations.length,
    result_ratings: rows.resultRatings.length,
    behaviour_ratings: rows.behaviourRatings.length,
    realizations: rows.realizations.length,
    performance_notes: rows.notes.length,
    feedback_requests: rows.feedbackRequests.length,
    appeals: rows.appeals.length,
    annual_performances: rows.annual.length,
    credit_awards: rows.credits.length,
  };
  const distribution = Object.fromEntries(Object.entries(rows.distribution).map(([year, c]) => [year, describeDistribution(c)]));
  await db.auditLog.create({ data: { actorId: null, action: "seed.demo_appraisals", entityType: "Seed", entityId: null, after: { ...counts, distribution } } });
  return counts;
}

/**
 * INSERT … SELECT FROM unnest(arrays): one statement per table whatever the row count. createMany
 * took ~6 s for these ~40,000 rows (per-row work in the client); this takes a fraction of a second.
 * `columns` are "snake_name:pgtype"; the row key is the camelCase name, as in Prisma's inputs.
 */
async function insertRows(db: SeedDb, table: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const specs = columns.map((spec) => {
    const [name, type] = spec.split(":") as [string, string];
    return { name, type, key: name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) };
  });
  const known = new Set(specs.map((s) => s.key));
  for (const row of rows) {
    const missing = Object.keys(row).find((key) => !known.has(key));
    if (missing) throw new Error(`insertRows(${table}): no column for ${missing}`);
  }
  const values = specs.map(({ type, key }) =>
    rows.map((row) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined || value === null) return null;
      if (value instanceof Date) return type === "date" ? toIsoDate(value) : value.toISOString();
      return value;
    }),
  );
  const enumType = (type: string) => type.startsWith('"');
  const sql =
    `INSERT INTO ${table} (${specs.map((s) => `"${s.name}"`).join(", ")}) ` +
    `SELECT ${specs.map((s, i) => (enumType(s.type) ? `c${i}::${s.type}` : `c${i}`)).join(", ")} ` +
    `FROM unnest(${specs.map((s, i) => `$${i + 1}::${enumType(s.type) ? "text" : s.type}[]`).join(", ")}) AS t(${specs.map((_, i) => `c${i}`).join(", ")})`;
  await db.$executeRawUnsafe(sql, ...values);
}

async function writeRows(db: SeedDb, rows: AppraisalRows): Promise<void> {
  // Parents first: SKPs, then RHK (raters' before their staff's, as planned), indicators, evaluations.
  await insertRows(db, "unit_year_results", ["unit_id:int", "year:smallint", 'result:"OrgResult"', "finalized_at:timestamptz", "override_reason:text", "updated_at:timestamptz"], rows.unitYears);
  await insertRows(
    db,
    "appraisals",
    ["id:int", "employee_id:int", "year:smallint", "period_start:date", "period_end:date", "rater_id:int", "rater_rater_id:int", "position_id:int", "unit_id:int", 'status:"PlanStatus"',
      "open_year:smallint", "return_comment:text", "submitted_at:timestamptz", "agreed_at:timestamptz", "closed_at:timestamptz", "closed_reason:text", "created_at:timestamptz", "updated_at:timestamptz"],
    rows.appraisals,
  );
  await insertRows(db, "plan_behaviours", ["appraisal_id:int", 'value:"CoreValue"', "expectation:text"], rows.behaviours);
  await insertRows(db, "plan_results", ["id:int", "appraisal_id:int", "position:smallint", "text:text", "parent_result_id:int"], rows.results);
  await insertRows(
    db,
    "plan_indicators",
    ["id:int", "result_id:int", "position:smallint", "text:text", 'target_kind:"TargetKind"', "target_value:numeric", "target_unit:text", "target_text:text"],
    rows.indicators,
  );
  await insertRows(
    db,
    "evaluations",
    ["id:int", "appraisal_id:int", "employee_id:int", "rater_id:int", "unit_id:int", "year:smallint", 'kind:"EvaluationKind"', "period_no:smallint", "period_start:date", "period_end:date",
      'status:"EvaluationStatus"', "self_assessment:text", "self_assessed_at:timestamptz", 'work_rating:"Rating"', 'behaviour_rating:"Rating"', 'predikat:"Predikat"', "feedback:text",
      "rated_at:timestamptz", "released_at:timestamptz", "acknowledged_at:timestamptz", "created_at:timestamptz", "updated_at:timestamptz"],
    rows.evaluations,
  );
  await insertRows(db, "result_ratings", ["evaluation_id:int", "result_id:int", 'rating:"Rating"', "note:text"], rows.resultRatings);
  await insertRows(db, "behaviour_ratings", ["evaluation_id:int", 'value:"CoreValue"', 'rating:"Rating"', "note:text"], rows.behaviourRatings);
  await insertRows(db, "realizations", ["indicator_id:int", "date:date", "value:numeric", "text:text", "link:text", "created_at:timestamptz"], rows.realizations);
  await insertRows(db, "performance_notes", ["appraisal_id:int", "author_id:int", "date:date", "text:text", "created_at:timestamptz"], rows.notes);
  await insertRows(db, "feedback_requests", ["id:int", "evaluation_id:int", "respondent_id:int", "deadline:date", "answered_at:timestamptz", "created_at:timestamptz"], rows.feedbackRequests);
  await insertRows(db, "feedback_answers", ["request_id:int", 'value:"CoreValue"', 'rating:"Rating"', "comment:text"], rows.feedbackAnswers);
  await insertRows(
    db,
    "appeals",
    ["evaluation_id:int", "employee_id:int", "decider_id:int", "reason:text", "filed_at:timestamptz", 'decision:"AppealDecision"', "decision_reason:text", 'previous_predikat:"Predikat"', "decided_at:timestamptz"],
    rows.appeals,
  );
  await insertRows(db, "annual_performances", ["employee_id:int", "year:smallint", 'predikat:"Predikat"', "legacy_score:numeric", "evaluation_id:int", "unit_id:int", "updated_at:timestamptz"], rows.annual);
  await insertRows(
    db,
    "credit_awards",
    ["employee_id:int", "appraisal_id:int", "year:smallint", 'functional_level:"FunctionalLevel"', "months:smallint", 'predikat:"Predikat"', "percentage:smallint", "coefficient:numeric", "credit:numeric", "created_at:timestamptz"],
    rows.credits,
  );
}
