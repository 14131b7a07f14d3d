import { expect, type APIRequestContext, type APIResponse, type Page, type Request } from "@playwright/test";

/**
 * A server action call as the browser sent it: the `Next-Action` id and the multipart fields in
 * their original order (React's reply decoder reads the fields as they stream in, so the order
 * matters: the argument list `0` refers to the form fields sent before it).
 */
export type CapturedAction = { actionId: string; path: string; fields: [string, string][] };

function parseMultipart(request: Request): [string, string][] {
  const type = request.headers()["content-type"] ?? "";
  const boundary = type.match(/boundary=(.+)$/)?.[1];
  const body = request.postDataBuffer()?.toString("utf8");
  if (!boundary || body === undefined) throw new Error(`Not a multipart action call: ${type}`);
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const match = part.match(/^\r\nContent-Disposition: form-data; name="([^"]*)"\r\n\r\n([\s\S]*)\r\n$/);
      if (!match) throw new Error(`Unexpected multipart part: ${part.slice(0, 120)}`);
      return [match[1], match[2]] as [string, string];
    });
}

/**
 * Runs `submit` (a real form submission in `page`) and captures the server action request it makes
 * without letting it reach the server: the data stays unchanged.
 */
export async function captureActionCall(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  const pattern = "**/*";
  await page.route(pattern, async (route) => {
    const request = route.request();
    const actionId = request.headers()["next-action"];
    if (request.method() === "POST" && actionId) {
      captured = { actionId, path: new URL(request.url()).pathname, fields: parseMultipart(request) };
      await route.abort();
      return;
    }
    await route.fallback();
  });
  await submit();
  await expect.poll(() => captured !== undefined, { message: "the form should call a server action" }).toBe(true);
  await page.unroute(pattern);
  return captured!;
}

/** Posts a (possibly edited) captured action call with someone else's cookies. */
export async function replayActionCall(request: APIRequestContext, baseURL: string, call: CapturedAction, fields: [string, string][]): Promise<APIResponse> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return request.post(call.path, {
    headers: { "Next-Action": call.actionId, Accept: "text/x-component", Origin: baseURL },
    multipart: form,
    maxRedirects: 0,
  });
}

/** Replaces the value of every form field whose name ends with `_<name>` (React prefixes them). */
export function withField(fields: [string, string][], name: string, value: string): [string, string][] {
  let found = false;
  const result = fields.map(([key, old]): [string, string] => {
    if (key === name || key.endsWith(`_${name}`)) {
      found = true;
      return [key, value];
    }
    return [key, old];
  });
  if (!found) throw new Error(`The captured call has no field "${name}": ${fields.map(([key]) => key).join(", ")}`);
  return result;
}

/** Adds a form field next to the existing ones (same prefix), before the argument list. */
export function addField(fields: [string, string][], name: string, value: string): [string, string][] {
  const sample = fields.find(([key]) => /^_?\d+_/.test(key))?.[0];
  const prefix = sample?.match(/^(_?\d+_)/)?.[1] ?? "";
  const args = fields.findIndex(([key]) => key === "0");
  const at = args === -1 ? fields.length : args;
  return [...fields.slice(0, at), [`${prefix}${name}`, value], ...fields.slice(at)];
}
