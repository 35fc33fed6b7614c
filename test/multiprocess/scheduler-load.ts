/**
 * A full CPU load for the duration of a test: `stress-ng --cpu N` (Debian's stress-ng) when
 * installed, else N Node busy loops — N is twice the number of cores by default, as
 * `stress-ng --cpu 4` on the 2-core standard machine. Only the processes started here are
 * stopped again, by their own pid.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";

export interface CpuLoad {
  kind: "stress-ng" | "node";
  workers: number;
  stop(): Promise<void>;
}

export function hasStressNg(): boolean {
  return spawnSync("stress-ng", ["--version"], { stdio: "ignore" }).status === 0;
}

export function startCpuLoad(options: { workers?: number; timeoutS?: number } = {}): CpuLoad {
  const workers = options.workers ?? 2 * (os.availableParallelism?.() ?? os.cpus().length);
  const timeoutS = options.timeoutS ?? 300;
  const children: ChildProcess[] = [];
  let kind: CpuLoad["kind"];
  if (hasStressNg()) {
    kind = "stress-ng";
    children.push(spawn("stress-ng", ["--cpu", String(workers), "--timeout", `${timeoutS}s`, "--quiet"], { stdio: "ignore" }));
  } else {
    kind = "node";
    // Each loop ends by itself after the timeout too, should the test runner die first.
    const loop = `const end = Date.now() + ${timeoutS * 1000}; while (Date.now() < end) { for (let i = 0; i < 1e6; i++); }`;
    for (let i = 0; i < workers; i++) children.push(spawn(process.execPath, ["-e", loop], { stdio: "ignore" }));
  }
  return {
    kind,
    workers,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once("exit", () => resolve());
              // stress-ng stops its own workers on SIGTERM.
              child.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}

/** Load average over the last minute, for the test's report line. */
export function loadAverage(): string {
  return os.loadavg()[0].toFixed(1);
}
