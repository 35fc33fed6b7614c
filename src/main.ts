import { existsSync, createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { createLogger, errorForLog } from "./core/logger.ts";
import { runTranscript } from "./transcript.ts";
import { startBot } from "./start.ts";
import { DEMO_DEFAULT_PERSON, DEMO_WIJK_NAME } from "./services/seed-demo-wijk.ts";
import { ConsoleScriptError } from "../adapters/console/index.ts";
import { StartRefusal } from "./core/start-refusal.ts";
import { BUNDLED_CATALOGUES_DIR, dutch, loadJsonCatalogues, localize } from "./i18n/index.ts";

/**
 * `npm start`: the bot on its embedded default (console chat + SQLite file + demo wijk).
 * `npm start -- --script <file> [--db <path>]`: replay a transcript and exit.
 */
if (existsSync(".env")) process.loadEnvFile(".env");

// Languages added as JSON catalogues: beside the code, and in the folder WIJKBOT_CATALOGUES names.
for (const warning of loadJsonCatalogues([BUNDLED_CATALOGUES_DIR, ...(process.env.WIJKBOT_CATALOGUES ? [process.env.WIJKBOT_CATALOGUES] : [])])) {
  process.stderr.write(`wijkbot: ${localize(dutch, warning)}\n`);
}

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
const bot = await startBot({ env: process.env, logger, interactive }).catch((error: unknown) => {
  if (!(error instanceof StartRefusal)) throw error;
  logger.flush();
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
if (bot.console) {
  if (interactive) {
    process.stdout.write(
      `wijkbot — ${DEMO_WIJK_NAME} (demo). Je typt als ${DEMO_DEFAULT_PERSON} (coördinator) in de kartrekkersgroep.\n` +
        `Als iemand anders: "Sanne: /acties mijn"; in de stuurgroep: "Henk@stuurgroep: /overzicht"; privé: "Sanne@dm: /ik".\n` +
        `Web: ${bot.httpUrl}  ·  Logboek: ${(process.env.LOG_FILE ?? "data/wijkbot.log").replace(/\.log$/, "-<datum>.log")}  ·  Begin met /help, stoppen met Ctrl+D.\n`,
    );
  } else {
    process.stderr.write(`wijkbot: web op ${bot.httpUrl}\n`);
  }
  await bot.console.done;
  await bot.stop();
  logger.flush();
  process.exit(0);
} else {
  process.stderr.write(`wijkbot draait (${bot.adapters.map((a) => a.name).join(", ")}), web op ${bot.httpUrl}\n`);
  // A normal stop: no new messages, up to 20 s for the queued replies, then the count of what was left (start.ts).
  const shutdown = async () => {
    const code = await bot.stop().then(
      () => 0,
      (error: unknown) => {
        logger.error({ err: errorForLog(error) }, "stopping failed");
        return 1;
      },
    );
    logger.flush();
    process.exit(code);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
