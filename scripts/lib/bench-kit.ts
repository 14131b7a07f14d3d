// Measuring helpers for `npm run bench`: sequential timings, percentiles, a signed-in HTTP client, the
// shape of a scenario (a page beside the SQL it issues) and what every scenario file needs.
import pg from "pg";

export type Timing = { p50: number; p95: number; max: number; n: number };

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

/** Runs `task(i)` one after another: warm-up rounds first (not counted), then `rounds` measured ones. */
export async function measure(rounds: number, warmup: number, task: (i: number) => Promise<void>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await task(warmup + i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** Signs in through next-auth's credentials endpoint, as the browser form does, and keeps the cookies. */
export async function signedInFetcher(baseUrl: string, nip: string, password: string) {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = (pair ?? "").split("=");
      if (name) jar.set(name.trim(), rest.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  remember(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, nip, password, json: "true" }),
  });
  remember(login);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) throw new Error(`sign-in as ${nip} failed (${login.status})`);

  return async (path: string): Promise<string> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: cookie() }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} → ${response.status}`);
    return body;
  };
}

export type Statement = { text: string; values: unknown[] };
/** Statements a page issues side by side (Promise.all): each chain in order on its own connection. */
export type Concurrent = { concurrent: Statement[][] };
export type Step = Statement | Concurrent;

/** Connections for the concurrent chains of one step; more chains than this share them in turn. */
const SQL_CONNECTIONS = 4;

export async function sqlTimer(url: string) {
  const clients = Array.from({ length: SQL_CONNECTIONS }, () => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((c) => c.connect()));
  const client = clients[0]!;
  const chain = async (on: pg.Client, statements: Statement[]) => {
    for (const statement of statements) await on.query(statement);
  };
  return {
    client,
    /**
     * Runs the steps of one "page" as the app's queries would be issued: a plain statement on the
     * first connection, a concurrent step's chains at the same time on separate connections (the
     * page's Promise.all gets one pooled connection per query too).
     */
    run: async (steps: Step[]) => {
      for (const step of steps) {
        if ("concurrent" in step) {
          const lanes = clients.map((_, lane) => step.concurrent.filter((_, k) => k % SQL_CONNECTIONS === lane).flat());
          await Promise.all(lanes.map((statements, lane) => chain(clients[lane]!, statements)));
        } else {
          await client.query(step);
        }
      }
    },
    close: () => Promise.all(clients.map((c) => c.end())),
  };
}

export type Scenario = {
  name: string;
  /** Who the page is fetched as (signed in once per NIP, demo password); default the admin. */
  nip?: string;
  targetP95: number;
  path: (i: number) => string;
  /** The statements the page issues, in its order; a `concurrent` step for its Promise.all. */
  sql: (i: number) => Step[];
  expect: (body: string, i: number) => boolean;
};

/** requireUser's statement (lib/server/session.ts): every page issues it first. */
export const sessionOf = (userId: number): Statement => ({
  text: "SELECT u.id, u.active, u.session_version, u.roles, e.id, e.nip, e.name FROM users u JOIN employees e ON e.id = u.employee_id WHERE u.id = $1",
  values: [userId],
});

export async function userIdOf(client: pg.Client, employeeId: number): Promise<number> {
  return (await client.query<{ id: number }>("SELECT id FROM users WHERE employee_id = $1", [employeeId])).rows[0]!.id;
}

/** The i-th sample, round and round: scenarios spread their requests over a fixed list. */
export function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

/** The WIB calendar year and day the app reasons with (lib/clock.ts without JENJANG_TODAY). */
export function wibToday(): { year: number; iso: string } {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return { year: Number(iso.slice(0, 4)), iso };
}
