// Plain JavaScript on purpose: it runs on a fresh clone, before `npm install` has provided tsx.
// Installs dependencies when they are missing or older than the lockfile, then hands over to the
// TypeScript entry point with signals passed through.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

function dependenciesStale() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  if (!existsSync(marker)) return true;
  return statSync(path.join(root, "package-lock.json")).mtimeMs > statSync(marker).mtimeMs + 1000;
}

export function ensureDependencies() {
  if (!dependenciesStale()) return;
  console.log("Memasang dependensi (npm install) …");
  // `npm ci` rejects this registry's lockfile (see shared/stack.md); install honours the lockfile.
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("npm install gagal.");
    process.exit(result.status ?? 1);
  }
}

/** Runs a TypeScript entry point under tsx, forwarding Ctrl-C / SIGTERM, and exits with its code. */
export function runTs(entry, args = []) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, entry), ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const forward = (signal) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
