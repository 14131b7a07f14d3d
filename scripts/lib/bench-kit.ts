// Measuring helpers for `npm run bench`: sequential timings, percentiles, a signed-in HTTP client.
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

export async function sqlTimer(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    client,
    /** Runs the statements of one "page" in sequence, as the app's queries would be issued. */
    run: async (statements: { text: string; values: unknown[] }[]) => {
      for (const statement of statements) await client.query(statement);
    },
    close: () => client.end(),
  };
}
