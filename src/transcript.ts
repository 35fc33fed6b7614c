import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "./db.ts";
import { migrateSqlite } from "./migrate.ts";
import { ManualClock } from "./core/clock.ts";
import type { Logger } from "./core/logger.ts";
import { connectAdapter } from "./core/runtime.ts";
import { createApp } from "./app.ts";
import { seedDemoWijk, consoleId, DEMO_DEFAULT_PERSON } from "./services/seed-demo-wijk.ts";
import { addMember } from "./services/add-member.ts";
import { toInstant } from "./time/amsterdam.ts";
import { createConsoleAdapter, ConsoleScriptError } from "../adapters/console/index.ts";

/** Transcripts start at Monday 5 January 2026, 09:00 Europe/Amsterdam, unless @tijd says otherwise. */
export const TRANSCRIPT_START = toInstant({ year: 2026, month: 1, day: 5 }, 9, 0);

/**
 * Replays a transcript through the console adapter against a fresh database with the
 * demo wijk (or the given SQLite file). Throws ConsoleScriptError for a malformed script.
 */
export async function runTranscript(options: {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: Logger;
  dbPath?: string;
}): Promise<void> {
  const tempDir = options.dbPath ? undefined : mkdtempSync(join(tmpdir(), "wijkbot-transcript-"));
  const path = options.dbPath ?? join(tempDir!, "transcript.db");
  migrateSqlite(path);
  const db = await createDb(`file:${path}`);
  const clock = new ManualClock(TRANSCRIPT_START);
  try {
    const { wijkId } = await seedDemoWijk(db, clock.now());
    const app = createApp({ db, clock, logger: options.logger });
    await app.scheduler.init(clock.now());
    const adapter = createConsoleAdapter({
      input: options.input,
      output: options.output,
      now: () => clock.now(),
      defaultSender: DEMO_DEFAULT_PERSON,
      strict: true,
      async onDirective(directive) {
        if (directive.kind === "time") {
          const [y, m, d] = directive.date.split("-").map(Number);
          const [hh, mm] = directive.time.split(":").map(Number);
          const to = toInstant({ year: y, month: m, day: d }, hh, mm);
          if (Number.isNaN(to.getTime())) throw new ConsoleScriptError(directive.line, "ongeldige datum of tijd");
          if (to.getTime() < clock.now().getTime()) throw new ConsoleScriptError(directive.line, "@tijd mag alleen vooruit");
          // Everything that falls due on the way goes out at its own moment, in order.
          await app.scheduler.advanceTo(clock, to);
          return;
        }
        try {
          await db.$transaction((tx) =>
            addMember(tx, { wijkId, name: directive.name, role: directive.role, pillar: directive.pillar, platform: "console", externalId: consoleId(directive.name), at: clock.now() }),
          );
        } catch (error) {
          throw new ConsoleScriptError(directive.line, (error as Error).message);
        }
      },
    });
    await connectAdapter(app.bot, adapter, app.outbox);
    await adapter.done;
  } finally {
    await db.$disconnect();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}
