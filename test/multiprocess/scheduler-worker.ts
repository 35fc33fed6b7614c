/**
 * One bot process for the multi-process test: the real app (core, outbox, scheduler) on
 * a shared PostgreSQL database, driven by a simulated clock that every worker derives
 * from real time the same way, sending through a capturing "platform" that appends one
 * JSON line per message to a shared file. Runs until SIGTERM (or is SIGKILLed).
 *
 * env: DATABASE_URL, WORKER_ID, CAPTURE_FILE, SIM_START_MS, REAL_START_MS, SIM_SPEED, TICK_MS,
 * and STALL_AFTER_SENDS: after that many messages the next send hangs before the platform
 * gets it (a request that never returns) and "stalled" is printed — the moment the test
 * kills this process, so it dies holding claimed deliveries.
 */
import { appendFileSync } from "node:fs";
import { createDb } from "../../src/db.ts";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/core/logger.ts";
import type { Adapter, SentMessage } from "../../src/core/types.ts";

const env = process.env;
const worker = env.WORKER_ID ?? "?";
const simStart = Number(env.SIM_START_MS);
const realStart = Number(env.REAL_START_MS);
const speed = Number(env.SIM_SPEED ?? 1);
const tickMs = Number(env.TICK_MS ?? 200);
const stallAfter = env.STALL_AFTER_SENDS ? Number(env.STALL_AFTER_SENDS) : Infinity;
const clock = { now: () => new Date(simStart + (Date.now() - realStart) * speed) };

const db = await createDb(env.DATABASE_URL);
const app = createApp({ db, clock, logger: createLogger({ level: "warn" }) });
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
    // Synchronous append: once this returns, the "platform" has the message, as after a 200 from Telegram.
    appendFileSync(env.CAPTURE_FILE!, `${JSON.stringify({ worker, chatId: message.chatId, text: message.text, simAt: clock.now().toISOString() })}\n`);
    return { platform: "console", chatId: message.chatId, messageId: `${worker}-${++sent}` };
  },
};
app.outbox.register(capture);

let stopping = false;
process.on("SIGTERM", () => {
  stopping = true;
});
process.stdout.write("ready\n");
while (!stopping) {
  await app.scheduler.tick(clock.now()).catch((error: unknown) => process.stderr.write(`tick failed: ${(error as Error).message}\n`));
  await new Promise((resolve) => setTimeout(resolve, tickMs));
}
await app.outbox.idle();
await db.$disconnect();
process.exit(0);
