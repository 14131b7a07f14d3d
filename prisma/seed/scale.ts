// `npm run seed:scale -- --employees 100000`: adds a generated province with N consistent employees
// (histories, supervisor tree, accounts) to DATABASE_URL, for load tests and the benchmark. Set-based:
// everything is planned in memory, ids come from the tables' own sequences, and rows go in as
// INSERT … SELECT FROM unnest(arrays) in chunks, in one transaction. Additive: a database that already
// holds N scale employees (units coded SCALE-…) is left alone, except that a batch lacking a part
// (scale-parts.ts: appraisal data, competency development, potential scores) gets it. A new batch
// gets every part in the same transaction as its people.
import { hash } from "@node-rs/argon2";
import { toIsoDate } from "../../lib/domain/dates";
import { normalizeSearch } from "../../lib/domain/search";
import pg from "pg";
import { createSeedClient, isMainModule } from "./client";
import { DEMO_PASSWORD } from "./demo-accounts";
import { NipRegistry } from "./identity";
import { highestEducation } from "./insert";
import { competencyIds, syncReferenceData } from "./reference";
import { planScale, type ScalePlan } from "./scale-plan";
import { fillMissingParts, SCALE_PARTS, seedPart } from "./scale-parts";

const DEFAULT_EMPLOYEES = 100_000;
const CHUNK = 5_000;
const SCALE_LOCK = 7_361_002;
/** Sekda, one kepala biro, one kepala bagian and one kepala subbagian: the smallest province planned. */
const MIN_PROVINCE = 4;

type Column = readonly unknown[];

/** Runs `sql` (whose $n are arrays) once per chunk of rows; returns the number of rows written. */
async function insertChunks(client: pg.Client, sql: string, columns: readonly Column[], extra: readonly unknown[] = []): Promise<number> {
  const rows = columns[0]?.length ?? 0;
  for (let from = 0; from < rows; from += CHUNK) {
    await client.query(sql, [...columns.map((column) => column.slice(from, from + CHUNK)), ...extra]);
  }
  return rows;
}

async function reserveIds(client: pg.Client, table: string, count: number): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2)`,
    [table, count],
  );
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

const iso = (date: Date) => toIsoDate(date);
const pathText = (ids: readonly number[]) => `{${ids.join(",")}}`;

async function writePlan(client: pg.Client, plan: ScalePlan, competencies: Map<string, number>, passwordHash: string): Promise<Record<string, number>> {
  const unitIds = await reserveIds(client, "org_units", plan.units.length);
  const positionIds = await reserveIds(client, "positions", plan.positions.length);
  const employeeIds = await reserveIds(client, "employees", plan.people.length);
  plan.units.forEach((unit, i) => (unit.id = unitIds[i]!));
  plan.positions.forEach((position, i) => (position.id = positionIds[i]!));
  plan.people.forEach((person, i) => (person.id = employeeIds[i]!));
  const unitPath = (unit: ScalePlan["units"][number]): number[] => (unit.parent ? [...unitPath(unit.parent), unit.id] : [unit.id]);
  // People are planned supervisors first, so each path extends one already computed.
  const paths = new Map<number, number[]>();
  for (const person of plan.people) paths.set(person.id, person.supervisor ? [...paths.get(person.supervisor.id)!, person.supervisor.id] : []);

  const counts: Record<string, number> = {};
  counts.org_units = await insertChunks(
    client,
    `INSERT INTO org_units (id, code, name, parent_id, path, updated_at)
     SELECT id, code, name, parent_id, path::int[], now() FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[]) AS t(id, code, name, parent_id, path)`,
    [plan.units.map((u) => u.id), plan.units.map((u) => u.code), plan.units.map((u) => u.name), plan.units.map((u) => u.parent?.id ?? null), plan.units.map((u) => pathText(unitPath(u)))],
  );
  counts.positions = await insertChunks(
    client,
    `INSERT INTO positions (id, name, type, functional_level, grade, unit_id, min_rank_id, min_education, formation, updated_at)
     SELECT id, name, type::"PositionType", level::"FunctionalLevel", grade, unit_id, min_rank_id, min_education::"EducationLevel", formation, now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::text[], $9::int[])
       AS t(id, name, type, level, grade, unit_id, min_rank_id, min_education, formation)`,
    [
      plan.positions.map((p) => p.id), plan.positions.map((p) => p.name), plan.positions.map((p) => p.type), plan.positions.map((p) => p.level),
      plan.positions.map((p) => p.grade), plan.positions.map((p) => p.unit.id), plan.positions.map((p) => p.minRankId), plan.positions.map((p) => p.minEducation),
      plan.positions.map((p) => Math.max(1, p.holders + (p.type === "FUNGSIONAL" || p.type === "PELAKSANA" ? 1 : 0))),
    ],
  );
  const standard = plan.positions.flatMap((p) => p.standard.map((line) => [p.id, competencies.get(line.code)!, line.level] as const));
  counts.position_competencies = await insertChunks(
    client,
    `INSERT INTO position_competencies (position_id, competency_id, required_level) SELECT * FROM unnest($1::int[], $2::int[], $3::smallint[])`,
    [standard.map((s) => s[0]), standard.map((s) => s[1]), standard.map((s) => s[2])],
  );

  const people = plan.people;
  const col = <T>(pick: (person: (typeof people)[number]) => T) => people.map(pick);
  const current = (person: (typeof people)[number]) => person.plan.positions[person.plan.positions.length - 1]!;
  const rank = (person: (typeof people)[number]) => (person.plan.status === "PNS" ? person.plan.ranks[person.plan.ranks.length - 1] : undefined);
  counts.employees = await insertChunks(
    client,
    `INSERT INTO employees (id, nip, name, search_name, front_title, back_title, gender, birth_place, birth_date, status, service_start,
       education_level, email, phone, rank_id, rank_tmt, position_id, position_tmt, unit_id, supervisor_id, supervisor_path, updated_at)
     SELECT id, nip, name, search_name, front_title, back_title, gender::"Gender", birth_place, birth_date, status::"EmploymentStatus", service_start,
       education_level::"EducationLevel", email, phone, rank_id, rank_tmt, position_id, position_tmt, unit_id, supervisor_id, supervisor_path::int[], now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::text[], $11::date[],
       $12::text[], $13::text[], $14::text[], $15::int[], $16::date[], $17::int[], $18::date[], $19::int[], $20::int[], $21::text[])
       AS t(id, nip, name, search_name, front_title, back_title, gender, birth_place, birth_date, status, service_start,
         education_level, email, phone, rank_id, rank_tmt, position_id, position_tmt, unit_id, supervisor_id, supervisor_path)`,
    [
      col((p) => p.id), col((p) => p.plan.nip), col((p) => p.plan.name), col((p) => normalizeSearch(p.plan.name)), col((p) => p.plan.frontTitle),
      col((p) => p.plan.backTitle), col((p) => p.plan.gender), col((p) => p.plan.birthPlace), col((p) => iso(p.plan.birthDate)), col((p) => p.plan.status),
      col((p) => iso(p.plan.serviceStart)), col((p) => highestEducation(p.plan.education)), col((p) => p.plan.email), col((p) => p.plan.phone),
      col((p) => rank(p)?.rankId ?? null), col((p) => { const r = rank(p); return r ? iso(r.tmt) : null; }), col((p) => current(p).position.id),
      col((p) => iso(current(p).tmt)), col((p) => current(p).position.unit.id), col((p) => p.supervisor?.id ?? null), col((p) => pathText(paths.get(p.id)!)),
    ],
  );
  counts.users = await insertChunks(
    client,
    `INSERT INTO users (employee_id, password_hash, roles, updated_at) SELECT e, $3, r::"Role"[], now() FROM unnest($1::int[], $2::text[]) AS t(e, r)`,
    [col((p) => p.id), col((p) => `{${p.roles.join(",")}}`)],
    [passwordHash],
  );

  const ranks = people.flatMap((p) => p.plan.ranks.map((r) => ({ id: p.id, ...r })));
  counts.rank_histories = await insertChunks(
    client,
    `INSERT INTO rank_histories (employee_id, rank_id, kind, tmt, sk_number, sk_date)
     SELECT e, r, k::"RankChangeKind", t, s, d FROM unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::text[], $6::date[]) AS x(e, r, k, t, s, d)`,
    [ranks.map((r) => r.id), ranks.map((r) => r.rankId), ranks.map((r) => r.kind), ranks.map((r) => iso(r.tmt)), ranks.map((r) => r.skNumber), ranks.map((r) => iso(r.skDate))],
  );
  const moves = people.flatMap((p) => p.plan.positions.map((r) => ({ id: p.id, ...r })));
  counts.position_histories = await insertChunks(
    client,
    `INSERT INTO position_histories (employee_id, position_id, position_name, unit_name, tmt, sk_number, sk_date)
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::date[], $6::text[], $7::date[])`,
    [moves.map((m) => m.id), moves.map((m) => m.position.id), moves.map((m) => m.position.name), moves.map((m) => m.position.unit.name), moves.map((m) => iso(m.tmt)), moves.map((m) => m.skNumber), moves.map((m) => iso(m.skDate))],
  );
  const schooling = people.flatMap((p) => p.plan.education.map((r) => ({ id: p.id, ...r })));
  counts.education_histories = await insertChunks(
    client,
    `INSERT INTO education_histories (employee_id, level, institution, major, graduation_date, certificate_no)
     SELECT e, l::"EducationLevel", i, m, g, c FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[]) AS x(e, l, i, m, g, c)`,
    [schooling.map((s) => s.id), schooling.map((s) => s.level), schooling.map((s) => s.institution), schooling.map((s) => s.major), schooling.map((s) => iso(s.graduationDate)), schooling.map((s) => s.certificateNo)],
  );
  return counts;
}

export async function seedScale(url: string, employees: number, log: (line: string) => void = console.log): Promise<Record<string, number> | null> {
  const prisma = createSeedClient(url);
  let competencies: Map<string, number>;
  try {
    await syncReferenceData(prisma);
    competencies = await competencyIds(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [SCALE_LOCK]);
    const existing = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE u.code LIKE 'SCALE-%'`)).rows[0]!.n);
    if (existing >= employees) {
      await client.query("ROLLBACK");
      log(`Data skala sudah ada: ${existing} pegawai (diminta ${employees}); tidak ada pegawai yang ditambahkan.`);
      // A batch seeded before a part existed still gets it (once per batch).
      const filled = await fillMissingParts(client, SCALE_LOCK, log);
      if (filled) await client.query("ANALYZE");
      return filled;
    }
    const batch = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM org_units WHERE code ~ '^SCALE-[0-9]+$'`)).rows[0]!.n) + 1;
    const nips = new NipRegistry((await client.query<{ nip: string }>("SELECT nip FROM employees")).rows.map((row) => row.nip));
    const [passwordHash, plan] = [await hash(DEMO_PASSWORD, { algorithm: 2 }), planScale({ employees: Math.max(MIN_PROVINCE, employees - existing), batch, nips })];
    log(`Rencana: ${plan.units.length} unit, ${plan.positions.length} jabatan, ${plan.people.length} pegawai (batch ${batch}).`);
    const counts = await writePlan(client, plan, competencies, passwordHash);
    await client.query(
      `INSERT INTO audit_logs (action, entity_type, entity_id, after) VALUES ('seed.scale', 'Seed', $1, $2)`,
      [`SCALE-${batch}`, JSON.stringify(counts)],
    );
    for (const part of SCALE_PARTS) Object.assign(counts, await seedPart(client, part, plan.units[0]!.id, `SCALE-${batch}`, log));
    await client.query("COMMIT");
    const started = Date.now();
    await client.query("ANALYZE");
    log(`ANALYZE (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function parseEmployees(argv: readonly string[]): number {
  const index = argv.findIndex((arg) => arg === "--employees" || arg.startsWith("--employees="));
  if (index === -1) return DEFAULT_EMPLOYEES;
  const text = argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--employees harus bilangan bulat positif, bukan "${text ?? ""}"`);
  return value;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL belum diisi. Contoh: DATABASE_URL=postgresql://user:pass@localhost:5432/jenjang npm run seed:scale -- --employees 100000");
    process.exitCode = 1;
    return;
  }
  const employees = parseEmployees(process.argv.slice(2));
  const started = Date.now();
  const counts = await seedScale(url, employees);
  if (!counts) return;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Selesai dalam ${seconds} s: ${Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(", ")}.`);
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`seed:scale gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
