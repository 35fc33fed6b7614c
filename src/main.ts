import { existsSync, createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { createDb, DEFAULT_DATABASE_URL, isPostgresUrl, sqlitePath } from "./db.ts";
import { migrateSqlite } from "./migrate.ts";
import { createLogger } from "./core/logger.ts";
import { systemClock } from "./core/clock.ts";
import { connectAdapter } from "./core/runtime.ts";
import { createApp } from "./app.ts";
import { runTranscript } from "./transcript.ts";
import { seedDemoWijk, DEMO_DEFAULT_PERSON, DEMO_WIJK_NAME } from "./services/seed-demo-wijk.ts";
import { createConsoleAdapter, ConsoleScriptError } from "../adapters/console/index.ts";

/**
 * `npm start`: the bot on its embedded default (console chat + SQLite file + demo wijk).
 * `npm start -- --script <file> [--db <path>]`: replay a transcript and exit.
 */
if (existsSync(".env")) process.loadEnvFile(".env");

const { values } = parseArgs({
  options: { script: { type: "string" }, db: { type: "string" }, help: { type: "boolean", short: "h" } },
  allowPositionals: false,
  strict: true,
});

if (values.help) {
  process.stdout.write("Gebruik: npm start  |  npm start -- --script <bestand> [--db <pad>]\n");
  process.exit(0);
}

if (values.script) {
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? "warn", destination: process.env.LOG_FILE });
  if (!existsSync(values.script)) {
    process.stderr.write(`Script niet gevonden: ${values.script}\n`);
    process.exit(2);
  }
  try {
    await runTranscript({ input: createReadStream(values.script), output: process.stdout, logger, dbPath: values.db ? resolve(values.db) : undefined });
    process.exit(0);
  } catch (error) {
    if (error instanceof ConsoleScriptError) {
      process.stderr.write(`Fout in script ${values.script}, ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

const interactive = Boolean(process.stdin.isTTY);
const logger = createLogger({ destination: process.env.LOG_FILE ?? (interactive ? "data/wijkbot.log" : undefined) });
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (!isPostgresUrl(url)) migrateSqlite(sqlitePath(url));
const db = await createDb(url);
await seedDemoWijk(db, systemClock.now());
const app = createApp({ db, clock: systemClock, logger });
const adapter = createConsoleAdapter({
  input: process.stdin,
  output: process.stdout,
  now: () => systemClock.now(),
  defaultSender: DEMO_DEFAULT_PERSON,
  interactive,
});
if (interactive) {
  process.stdout.write(
    `wijkbot — ${DEMO_WIJK_NAME} (demo). Je typt als ${DEMO_DEFAULT_PERSON} (coördinator) in de kartrekkersgroep.\n` +
      `Als iemand anders: "Sanne: /acties mijn"; in de stuurgroep: "Henk@stuurgroep: /overzicht"; privé: "Sanne@dm: /ik".\n` +
      `Begin met /help. Stoppen: Ctrl+D. Logboek: ${process.env.LOG_FILE ?? "data/wijkbot.log"}\n`,
  );
}
logger.info({ adapters: ["console"] }, "wijkbot started");
await connectAdapter(app.bot, adapter, logger);
await adapter.done;
await db.$disconnect();
logger.flush();
process.exit(0);
