/**
 * One bot process for the multi-process and kill -9 tests: the real app (core, outbox,
 * scheduler) on a shared database, driven by a simulated clock that every worker derives
 * from real time the same way, sending through a capturing "platform" that appends one
 * JSON line per message to a shared file. Ticks like `npm start` does (sending carries on
 * in the background between ticks). Runs until SIGTERM (or is SIGKILLed).
 *
 * env: DATABASE_URL, WORKER_ID, CAPTURE_FILE, SIM_START_MS, SIM_SPEED, TICK_MS,
 * REAL_START_MS: the real moment the simulated clock reads SIM_START_MS — or "stdin": the
 * worker prints "ready" and reads it from its first input line (so a slow boot on a loaded
 * machine does not eat into the run);
 * SEND_DELAY_MS: every send takes this long before the platform has it (a slow platform);
 * STALL_AFTER_SENDS: after that many messages the next send hangs before the platform
 * gets it (a request that never returns) and "stalled" is printed — the moment the test
 * kills this process, so it dies holding claimed deliveries;
 * FIRST_TICK_DELAY_MS: this process starts ticking only that long (real time) after the start,
 * so another one surely gets work first;
 * KILL_AFTER_SENDS: right after the platform accepted that many messages, the process
 * SIGKILLs itself — the worst moment: the message is out, the database does not know yet.
 */
import { appendFileSync } from "node:fs";
import { createDb } from "../../src/db.ts";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/core/logger.ts";
import { Scheduler } from "../../src/scheduler/engine.ts";
import { jobs } from "../../src/jobs/index.ts";
import type { Adapter, SentMessage } from "../../src/core/types.ts";

const env = process.env;
const worker = env.WORKER_ID ?? "?";
const simStart = Number(env.SIM_START_MS);
let realStart = Number(env.REAL_START_MS);
const speed = Number(env.SIM_SPEED ?? 1);
const tickMs = Number(env.TICK_MS ?? 200);
const sendDelayMs = Number(env.SEND_DELAY_MS ?? 0);
const stallAfter = env.STALL_AFTER_SENDS ? Number(env.STALL_AFTER_SENDS) : Infinity;
const killAfter = env.KILL_AFTER_SENDS ? Number(env.KILL_AFTER_SENDS) : Infinity;
const clock = { now: () => new Date(simStart + (Date.now() - realStart) * speed) };

const db = await createDb(env.DATABASE_URL);
const logger = createLogger({ level: env.LOG_LEVEL ?? "warn" });
const app = createApp({ db, clock, logger });
// The scheduler with this process's clock, so claims and sentAt follow the simulated time while it sends.
const scheduler = new Scheduler({ db, logger, outbox: app.outbox, jobs, clock });
let sent = 0;
const capture: Adapter = {
  name: "console",
  async start() {},
  async stop() {},
  async send(message): Promise<SentMessage> {
    if (sent >= stallAfter) {
      process.stdout.write("stalled\n");
      await new Promise(() => undefined);
    }
    if (sendDelayMs) await new Promise((resolve) => setTimeout(resolve, sendDelayMs));
    // Synchronous append: once this returns, the "platform" has the message, as after a 200 from Telegram.
    appendFileSync(env.CAPTURE_FILE!, `${JSON.stringify({ worker, chatId: message.chatId, text: message.text, simAt: clock.now().toISOString() })}\n`);
    if (++sent >= killAfter) process.kill(process.pid, "SIGKILL");
    return { platform: "console", chatId: message.chatId, messageId: `${worker}-${sent}` };
  },
};
app.outbox.register(capture);

let stopping = false;
process.on("SIGTERM", () => {
  stopping = true;
});
process.stdout.write("ready\n");
if (env.REAL_START_MS === "stdin") realStart = Number(await firstLine(process.stdin));
const firstTickAt = realStart + Number(env.FIRST_TICK_DELAY_MS ?? 0);
if (firstTickAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, firstTickAt - Date.now()));
while (!stopping) {
  await scheduler.tick(clock.now(), { waitForSends: false }).catch((error: unknown) => process.stderr.write(`tick failed: ${(error as Error).message}\n`));
  await new Promise((resolve) => setTimeout(resolve, tickMs));
}
await scheduler.stop();
await app.outbox.idle();
await db.$disconnect();
process.exit(0);

function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const onData = (chunk: Buffer | string) => {
      buffer += chunk;
      const end = buffer.indexOf("\n");
      if (end < 0) return;
      stream.off("data", onData);
      stream.pause();
      resolve(buffer.slice(0, end));
    };
    stream.on("data", onData);
    stream.once("end", () => reject(new Error("no start time on stdin")));
  });
}
