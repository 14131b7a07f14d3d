// Production build on demand: skipped when the build folder already matches the sources (file names,
// sizes and modification times of everything the app is built from).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, ROOT, run } from "./processes";

const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

function walk(entry: string, hash: ReturnType<typeof createHash>): void {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (stat.isDirectory()) {
    for (const name of readdirSync(full).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), hash);
    return;
  }
  hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
}

function fingerprint(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) walk(source, hash);
  return hash.digest("hex");
}

/** Builds into `distDir` unless an up-to-date build is there; returns false when the build failed. */
export async function ensureBuild(distDir: string, log: (line: string) => void): Promise<boolean> {
  const stampFile = path.join(ROOT, distDir, "jenjang-fingerprint");
  const current = fingerprint();
  if (existsSync(path.join(ROOT, distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === current) {
    log(`Build produksi sudah mutakhir (${distDir}).`);
    return true;
  }
  log(`Membangun aplikasi (next build → ${distDir}) …`);
  const started = Date.now();
  const result = await run(bin("next"), ["build"], { env: { JENJANG_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.code !== 0) return false;
  writeFileSync(stampFile, current);
  log(`Build selesai dalam ${Math.round((Date.now() - started) / 1000)} detik.`);
  return true;
}
