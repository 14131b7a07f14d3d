// Reference data, the demo seed and the factories against a real PostgreSQL. The file works in its own
// scratch database (migrated here), because seedDemo only runs on a database without employees.
import { verify } from "@node-rs/argon2";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareDates } from "../../lib/domain/dates";
import { educationOrder, regularRankCap, startingRank, type EducationLevel } from "../../lib/domain/education";
import { validateNip, validatePppkNumber } from "../../lib/domain/nip";
import { defaultRaterTypes } from "../../lib/domain/positions";
import { RANKS } from "../../lib/domain/ranks";
import { normalizeSearch } from "../../lib/domain/search";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createSeedClient } from "../../prisma/seed/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../../prisma/seed/demo";
import { FACTORY_PASSWORD, createEmployee, createPosition, createUnit } from "../../prisma/seed/factories";
import { COMPETENCIES, syncReferenceData } from "../../prisma/seed/reference";
import { applyMigrations } from "../../scripts/db/migrator";
import { recreateDatabase } from "../../scripts/lib/embedded-postgres";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for integration tests");
const SCRATCH = "jenjang_seed_test";
const CAPPED_KINDS = new Set(["PENGANGKATAN", "REGULER"]);

let db: PrismaClient;

beforeAll(async () => {
  const url = await recreateDatabase(serverUrl, SCRATCH);
  await applyMigrations(url);
  db = createSeedClient(url);
});

afterAll(async () => {
  await db?.$disconnect();
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${SCRATCH}" WITH (FORCE)`);
  await client.end();
});

/** Everyone with everything the invariants need, read once. */
async function loadEmployees() {
  return db.employee.findMany({
    include: {
      user: true,
      position: { select: { unitId: true, type: true, functionalLevel: true } },
      rankHistory: { orderBy: [{ tmt: "asc" }, { id: "asc" }] },
      positionHistory: { orderBy: [{ tmt: "asc" }, { id: "asc" }], include: { position: { select: { name: true, unit: { select: { name: true } } } } } },
      education: { orderBy: [{ graduationDate: "asc" }, { id: "asc" }] },
    },
  });
}

/** Highest ijazah held on a date (graduated on or before it). */
function educationOn(rows: readonly { level: EducationLevel; graduationDate: Date }[], date: Date): EducationLevel | null {
  const held = rows.filter((row) => compareDates(row.graduationDate, date) <= 0).map((row) => row.level);
  return held.sort((a, b) => educationOrder(a) - educationOrder(b)).at(-1) ?? null;
}

describe("syncReferenceData", () => {
  it("writes the 17 pangkat and the dictionary once, and rewrites nothing on a second run", async () => {
    await syncReferenceData(db);
    const xmin = () => db.$queryRaw<{ x: string }[]>`SELECT string_agg(xmin::text, ',' ORDER BY id) AS x FROM ranks`;
    const before = await xmin();
    await syncReferenceData(db);
    expect(await xmin()).toEqual(before);
    const ranks = await db.rank.findMany({ orderBy: { id: "asc" } });
    expect(ranks).toHaveLength(17);
    expect(ranks.map((r) => [r.id, r.code, r.name])).toEqual(RANKS.map((r) => [r.id, r.code, r.name]));
    expect(await db.competency.count()).toBe(COMPETENCIES.length);
    expect(new Set((await db.competency.findMany()).map((c) => c.kind))).toEqual(new Set(["MANAJERIAL", "SOSIAL_KULTURAL", "TEKNIS"]));
  });
});

describe("seedDemo", () => {
  let employees: Awaited<ReturnType<typeof loadEmployees>>;

  beforeAll(async () => {
    const result = await seedDemo(db);
    expect(result.created).toBe(true);
    employees = await loadEmployees();
    expect(result.employees).toBe(employees.length);
  });

  it("creates a province of about 150 people, PNS and PPPK, in every kind of post", async () => {
    expect(employees.length).toBeGreaterThanOrEqual(150);
    const pppk = employees.filter((e) => e.status === "PPPK").length;
    expect(pppk / employees.length).toBeGreaterThan(0.1);
    expect(pppk / employees.length).toBeLessThan(0.2);
    const positions = await db.position.findMany({ include: { competencies: true } });
    expect(new Set(positions.map((p) => p.type))).toEqual(new Set(["JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA"]));
    expect(new Set(positions.flatMap((p) => (p.functionalLevel ? [p.functionalLevel] : [])))).toEqual(
      new Set(["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA", "PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"]),
    );
    for (const position of positions) {
      expect(position.competencies.length).toBeGreaterThanOrEqual(3);
      expect(position.competencies.length).toBeLessThanOrEqual(6);
      for (const line of position.competencies) expect(line.requiredLevel).toBeGreaterThanOrEqual(1);
      for (const line of position.competencies) expect(line.requiredLevel).toBeLessThanOrEqual(5);
    }
    const units = await db.orgUnit.findMany();
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of units) expect(unit.path).toEqual([...(unit.parentId ? byId.get(unit.parentId)!.path : []), unit.id]);
    expect(units.filter((u) => u.parentId !== null && byId.get(u.parentId)?.code === "PEMPROV").length).toBeGreaterThanOrEqual(7);
    const audit = await db.auditLog.findMany({ where: { action: "seed.demo" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBeNull();
    expect(audit[0]!.after).toMatchObject({ employees: employees.length });
  });

  it("creates the named demo accounts with their roles and the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const employee = employees.find((e) => e.nip === account.nip);
      expect(employee, account.nip).toBeDefined();
      expect(employee!.name).toBe(account.name);
      expect([...employee!.user!.roles].sort()).toEqual([...account.roles].sort());
      expect(await verify(employee!.user!.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("gives every PNS a valid NIP and every PPPK an 18-digit NI PPPK, all unique", () => {
    for (const e of employees) {
      if (e.status === "PNS") expect(validateNip(e.nip, { birthDate: e.birthDate, gender: e.gender, serviceStart: e.serviceStart, today: new Date() }), e.nip).toEqual([]);
      else expect(validatePppkNumber(e.nip), e.nip).toBeNull();
    }
    expect(new Set(employees.map((e) => e.nip)).size).toBe(employees.length);
  });

  it("keeps pangkat consistent with the ijazah: start rank, regular cap, pilihan routes above it", () => {
    let aboveCap = 0;
    for (const e of employees.filter((x) => x.status === "PNS")) {
      const cap = regularRankCap(e.educationLevel).id;
      if (e.rankId! > cap) {
        aboveCap += 1;
        expect(e.rankHistory.some((h) => h.kind.startsWith("PILIHAN") && h.rankId > cap), e.nip).toBe(true);
      }
      const [first, ...rest] = e.rankHistory;
      expect(first!.kind).toBe("PENGANGKATAN");
      expect(first!.tmt).toEqual(e.serviceStart);
      expect(first!.rankId).toBe(startingRank(educationOn(e.education, e.serviceStart)!).id);
      for (const row of rest) {
        if (CAPPED_KINDS.has(row.kind)) expect(row.rankId, `${e.nip} ${row.kind}`).toBeLessThanOrEqual(regularRankCap(educationOn(e.education, row.tmt)!).id);
      }
    }
    expect(aboveCap).toBeGreaterThan(0);
    for (const e of employees.filter((x) => x.status === "PPPK")) expect([e.rankId, e.rankHistory.length]).toEqual([null, 0]);
  });

  it("denormalises the current rank, post, unit and ijazah from the latest history rows", () => {
    for (const e of employees) {
      expect(e.unitId, e.nip).toBe(e.position.unitId);
      expect(e.searchName).toBe(normalizeSearch(e.name));
      const lastPost = e.positionHistory.at(-1)!;
      expect([e.positionId, e.positionTmt]).toEqual([lastPost.positionId, lastPost.tmt]);
      expect(e.positionHistory.length).toBeLessThanOrEqual(3);
      for (const row of e.positionHistory) expect([row.positionName, row.unitName]).toEqual([row.position.name, row.position.unit.name]);
      expect(e.education.length).toBeGreaterThanOrEqual(1);
      expect(e.educationLevel).toBe(educationOn(e.education, new Date())!);
      if (e.status === "PNS") expect([e.rankId, e.rankTmt]).toEqual([e.rankHistory.at(-1)!.rankId, e.rankHistory.at(-1)!.tmt]);
    }
  });

  it("builds the supervisor tree by the default rater rules, with true supervisor paths and ATASAN roles", () => {
    const byId = new Map(employees.map((e) => [e.id, e]));
    expect(employees.filter((e) => e.supervisorId === null).map((e) => e.position.type)).toEqual(["JPT_MADYA"]);
    for (const e of employees) {
      const chain: number[] = [];
      for (let s = e.supervisorId; s !== null; s = byId.get(s)!.supervisorId) chain.unshift(s);
      expect(e.supervisorPath, e.nip).toEqual(chain);
      if (e.supervisorId !== null) {
        expect(defaultRaterTypes(e.position.type, e.position.functionalLevel), e.nip).toContain(byId.get(e.supervisorId)!.position.type);
      }
      const hasReports = employees.some((r) => r.supervisorId === e.id);
      expect(e.user!.roles.includes("ATASAN"), e.nip).toBe(hasReports);
    }
  });

  it("puts the staff account under the supervisor account and the other staff elsewhere", () => {
    const [supervisor, staff, other] = ["198205102008012003", "199107212019031004", "199304122020122005"].map((nip) => employees.find((e) => e.nip === nip)!);
    const reports = employees.filter((e) => e.supervisorId === supervisor!.id);
    expect(reports.length).toBeGreaterThanOrEqual(6);
    expect(reports.map((e) => e.id)).toContain(staff!.id);
    expect(other!.unitId).not.toBe(supervisor!.unitId);
    expect(other!.supervisorId).not.toBeNull();
    expect(other!.supervisorId).not.toBe(supervisor!.id);
    expect(other!.supervisorPath).not.toContain(supervisor!.id);
  });

  it("does nothing on a database that already has employees", async () => {
    const counts = async () => [await db.employee.count(), await db.orgUnit.count(), await db.position.count(), await db.user.count(), await db.auditLog.count()];
    const before = await counts();
    expect(await seedDemo(db)).toEqual({ created: false, employees: employees.length });
    expect(await counts()).toEqual(before);
  });
});

describe("factories", () => {
  it("build employees with the demo's invariants: valid unique NIP, paths, histories, roles", async () => {
    const parent = await createUnit(db, { name: "Dinas Uji" });
    const unit = await createUnit(db, { parentId: parent.id });
    expect(unit.path).toEqual([...parent.path, unit.id]);
    const boss = await createEmployee(db, { unitId: unit.id, type: "PENGAWAS", rankCode: "III/d" });
    const jfPost = await createPosition(db, { unitId: unit.id, type: "FUNGSIONAL", functionalLevel: "AHLI_MADYA" });
    const senior = await createEmployee(db, { positionId: jfPost.id, supervisorId: boss.id, rankCode: "IV/b", educationLevel: "S1" });
    const contract = await createEmployee(db, { unitId: unit.id, supervisorId: boss.id, status: "PPPK", roles: ["PEGAWAI"] });
    const rows = await db.employee.findMany({ where: { id: { in: [boss.id, senior.id, contract.id] } }, include: { user: true, rankHistory: true } });
    const get = (id: number) => rows.find((r) => r.id === id)!;

    expect(get(boss.id).user!.roles).toContain("ATASAN");
    expect(get(senior.id).supervisorPath).toEqual([...boss.supervisorPath, boss.id]);
    expect(get(senior.id).unitId).toBe(unit.id);
    expect(get(senior.id).rankId).toBe(14);
    expect(get(senior.id).rankHistory.filter((h) => h.rankId > regularRankCap("S1").id).every((h) => h.kind === "PILIHAN_FUNGSIONAL")).toBe(true);
    expect([get(contract.id).rankId, get(contract.id).rankHistory.length]).toEqual([null, 0]);
    expect(validatePppkNumber(contract.nip)).toBeNull();
    for (const id of [boss.id, senior.id]) {
      const e = get(id);
      expect(validateNip(e.nip, { birthDate: e.birthDate, gender: e.gender, serviceStart: e.serviceStart, today: new Date() })).toEqual([]);
    }
    expect(await verify(get(contract.id).user!.passwordHash, FACTORY_PASSWORD)).toBe(true);
    const more = await Promise.all([0, 1, 2].map(() => createEmployee(db, { unitId: unit.id })));
    expect(new Set([boss, senior, contract, ...more].map((e) => e.nip)).size).toBe(6);
  });
});
