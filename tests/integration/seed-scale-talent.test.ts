// The scale batch's potential scores (prisma/seed/scale-talent.ts) against what they claim: about 70%
// of the batch's PNS assessed on the centre's days, scores on the 0..100 scale, a fifth assessed once
// before, the batch marked done, and a batch that lacks them (seeded before talent data existed)
// filled with the very same rows. Works in its own scratch database.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedScale } from "../../prisma/seed/scale";
import { prepareDatabase } from "../../scripts/lib/prepare-database";
import { scratchDatabase } from "./support/scratch";

let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
let client: pg.Client;
let url = "";

beforeAll(async () => {
  scratch = await scratchDatabase("jenjang_seed_scale_talent_test");
  url = scratch.url;
  await prepareDatabase(url, { demo: false });
  await seedScale(url, 600, () => {});
  client = new pg.Client({ connectionString: url });
  await client.connect();
}, 180_000);

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

const one = async <T extends object>(text: string) => (await client.query<T>(text)).rows[0]!;
const scores = async () =>
  (await client.query<{ row: string }>("SELECT employee_id || '/' || score || '/' || assessed_on AS row FROM potential_assessments ORDER BY 1")).rows.map((r) => r.row);

describe("scale talent seed", () => {
  it("assesses about 70% of the PNS, none of the PPPK, on the 0..100 scale, and marks the batch", async () => {
    const { pns, assessed, pppk } = await one<{ pns: number; assessed: number; pppk: number }>(
      `SELECT count(*) FILTER (WHERE e.status = 'PNS')::int AS pns,
              count(*) FILTER (WHERE e.status = 'PNS' AND EXISTS (SELECT 1 FROM potential_assessments a WHERE a.employee_id = e.id))::int AS assessed,
              count(*) FILTER (WHERE e.status = 'PPPK' AND EXISTS (SELECT 1 FROM potential_assessments a WHERE a.employee_id = e.id))::int AS pppk
       FROM employees e`,
    );
    expect(assessed / pns).toBeGreaterThan(0.55);
    expect(assessed / pns).toBeLessThan(0.8);
    expect(pppk).toBe(0);
    const range = await one<{ low: string; high: string; after: number }>(
      `SELECT min(a.score) AS low, max(a.score) AS high, count(*) FILTER (WHERE a.assessed_on < e.service_start)::int AS after
       FROM potential_assessments a JOIN employees e ON e.id = a.employee_id`,
    );
    expect(Number(range.low)).toBeGreaterThanOrEqual(0);
    expect(Number(range.high)).toBeLessThanOrEqual(100);
    expect(range.after).toBe(0);
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_logs WHERE action = 'seed.scale_talent' AND entity_id = 'SCALE-1'")).n).toBe(1);
  });

  it("gives a fifth of the assessed an earlier assessment on an earlier day", async () => {
    const { people, twice, sameDay } = await one<{ people: number; twice: number; sameDay: number }>(
      `SELECT count(*)::int AS people, count(*) FILTER (WHERE n = 2)::int AS twice, count(*) FILTER (WHERE n = 2 AND days < 2)::int AS "sameDay"
       FROM (SELECT employee_id, count(*) AS n, count(DISTINCT assessed_on) AS days FROM potential_assessments GROUP BY employee_id) x`,
    );
    expect(twice / people).toBeGreaterThan(0.1);
    expect(twice / people).toBeLessThan(0.3);
    expect(sameDay).toBe(0);
  });

  it("fills a batch seeded before talent data existed with the same scores", async () => {
    const before = await scores();
    await client.query("DELETE FROM potential_assessments");
    await client.query("DELETE FROM audit_logs WHERE action = 'seed.scale_talent'");
    const filled = await seedScale(url, 1, () => {});
    expect(filled).toEqual({ potential_assessments: before.length });
    expect(await scores()).toEqual(before);
  });
});
