// Playwright cannot download its own browser here; the tests use Debian's Chromium, installed on
// first use (CI starts from a clean machine).
import { existsSync } from "node:fs";
import { run } from "./processes";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function ensureChromium(log: (line: string) => void): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  log("Chromium belum terpasang; memasang paket Debian chromium (apt-get) …");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = async (...args: string[]) => {
    const [command, ...rest] = [...sudo, "apt-get", ...args];
    const result = await run(command!, rest, { quiet: true, env: { DEBIAN_FRONTEND: "noninteractive" } });
    if (result.code !== 0) throw new Error(`apt-get ${args.join(" ")} failed:\n${result.output.slice(-2000)}`);
  };
  await apt("update");
  await apt("install", "-y", "--no-install-recommends", "chromium");
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} after installing`);
}
