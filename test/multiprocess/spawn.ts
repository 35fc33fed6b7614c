import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Child {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stdout contains `text` / passes the check (rejects when the process exits first or time runs out). */
  waitFor(text: string | ((stdout: string) => boolean), timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node --import tsx <script>` from the project root with extra env; output is collected. */
export function spawnTs(script: string, env: Record<string, string>, args: string[] = []): Child {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(text, timeoutMs = 60_000) {
      const found = () => (typeof text === "string" ? out.includes(text) : text(out));
      return new Promise((resolve, reject) => {
        if (found()) return resolve();
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(text)}; stderr: ${err.slice(-2000)}`)), timeoutMs);
        const onData = () => {
          if (!found()) return;
          clearTimeout(timer);
          child.stdout!.off("data", onData);
          resolve();
        };
        child.stdout!.on("data", onData);
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          if (!found()) reject(new Error(`process exited (${code ?? signal}) before ${String(text)}; stderr: ${err.slice(-2000)}`));
        });
      });
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or time runs out. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 200): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(stepMs);
  }
  return check();
}
