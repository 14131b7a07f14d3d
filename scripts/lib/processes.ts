// Child processes for the start, test and bench scripts.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

/** Extra environment for a child; merged over this process's own. */
export type Env = Record<string, string | undefined>;

export type RunResult = { code: number; output: string };

/** Runs a command to completion; output is streamed unless `quiet`, and always returned. */
export function run(command: string, args: string[], options: { env?: Env; quiet?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on("data", take(process.stdout));
    child.stderr.on("data", take(process.stderr));
    child.on("error", (error) => resolve({ code: 127, output: output + String(error) }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Starts `next start` and resolves once it answers HTTP on the port. */
export async function startNext(options: { port: number; env: Env; distDir?: string; log?: (line: string) => void }): Promise<ChildProcess> {
  const child = spawn(bin("next"), ["start", "-p", String(options.port)], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, ...(options.distDir ? { JENJANG_DIST_DIR: options.distDir } : {}) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => options.log?.(chunk.toString().trimEnd()));
  child.stderr?.on("data", (chunk: Buffer) => options.log?.(chunk.toString().trimEnd()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start stopped with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}/login`, { redirect: "manual" });
      if (response.status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`next start did not answer on port ${options.port} within 60 s`);
}

export function stopProcess(child: ChildProcess | undefined, ms = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
