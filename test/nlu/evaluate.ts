/**
 * Evaluates corpus cases, spread over a few child processes (the work is CPU-bound
 * Prisma and SQLite; one process per core roughly halves the time on two cores).
 * Used by the CLI (eval.ts) and by vitest (nlu.test.ts).
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { buildTemplate } from "./world.ts";
import { createRunner, type CaseResult } from "./runner.ts";
import type { CorpusCase } from "./corpus.ts";

export interface EvaluateOptions {
  cases: CorpusCase[];
  /** Child processes to use (default: one per core, at most 4; 1 = in this process). */
  workers?: number;
  checkLabels?: boolean;
  freshFiles?: boolean;
}

export interface WorkerRequest {
  templatePath: string;
  cases: CorpusCase[];
  checkLabels: boolean;
  freshFiles: boolean;
}

export type WorkerMessage = { kind: "result"; result: CaseResult } | { kind: "done" } | { kind: "error"; message: string };

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** Results in the order of the cases given. */
export async function evaluate(options: EvaluateOptions): Promise<CaseResult[]> {
  const template = await buildTemplate();
  try {
    const workers = Math.max(1, Math.min(options.workers ?? Math.min(4, availableParallelism()), Math.ceil(options.cases.length / 20)));
    let results: CaseResult[];
    if (workers === 1) {
      const runner = await createRunner({ templatePath: template.path, checkLabels: options.checkLabels, freshFiles: options.freshFiles });
      results = [];
      try {
        for (const c of options.cases) results.push(await runner.run(c));
      } finally {
        await runner.dispose();
      }
    } else {
      const shards: CorpusCase[][] = Array.from({ length: workers }, () => []);
      options.cases.forEach((c, i) => shards[i % workers].push(c));
      const parts = await Promise.all(shards.map((cases) => runShard({ templatePath: template.path, cases, checkLabels: Boolean(options.checkLabels), freshFiles: Boolean(options.freshFiles) })));
      const byId = new Map(parts.flat().map((r) => [r.id, r]));
      results = options.cases.map((c) => byId.get(c.id)!);
    }
    return results;
  } finally {
    template.dispose();
  }
}

function runShard(request: WorkerRequest): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const tsx = createRequire(import.meta.url).resolve("tsx");
    const child = fork(WORKER, [], { cwd: ROOT, execArgv: ["--import", tsx], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const results: CaseResult[] = [];
    let finished = false;
    child.on("message", (message: WorkerMessage) => {
      if (message.kind === "result") results.push(message.result);
      else if (message.kind === "done") {
        finished = true;
        resolve(results);
        child.disconnect();
      } else {
        finished = true;
        reject(new Error(`NLU worker failed: ${message.message}`));
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (!finished) reject(new Error(`NLU worker exited with ${code} after ${results.length} of ${request.cases.length} cases`));
    });
    child.send(request);
  });
}
