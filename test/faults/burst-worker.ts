/**
 * `npm start -- --script` for PostgreSQL (the transcript runner only opens SQLite files):
 * the demo wijk on DATABASE_URL, then the script's lines through the console adapter and
 * the real core, every reply printed as it is confirmed. The kill -9 test kills it mid-way.
 *
 * usage: DATABASE_URL=postgresql://… node --import tsx test/faults/burst-worker.ts <script>
 */
import { createReadStream } from "node:fs";
import { createDb } from "../../src/db.ts";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { createLogger } from "../../src/core/logger.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { seedDemoWijk, DEMO_DEFAULT_PERSON } from "../../src/services/seed-demo-wijk.ts";
import { createConsoleAdapter } from "../../adapters/console/index.ts";

const db = await createDb(process.env.DATABASE_URL);
const clock = new ManualClock(TRANSCRIPT_START);
await seedDemoWijk(db, clock.now());
const app = createApp({ db, clock, logger: createLogger({ level: "warn" }) });
const adapter = createConsoleAdapter({
  input: createReadStream(process.argv[2]),
  output: process.stdout,
  now: () => clock.now(),
  defaultSender: DEMO_DEFAULT_PERSON,
});
await connectAdapter(app.bot, adapter, app.outbox);
await adapter.done;
await db.$disconnect();
