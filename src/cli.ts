import { existsSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { createDb, DEFAULT_DATABASE_URL, isPostgresUrl, sqlitePath, type Db } from "./db.ts";
import { migrateDatabase } from "./migrate-any.ts";
import { createJoinCode, JOIN_CODE_VALID_DAYS } from "./services/join-codes.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { systemClock } from "./core/clock.ts";
import { formatDateTime } from "./render/format.ts";
import { registerWijkCommands } from "./cli-wijk.ts";
import { registerImportCommand } from "./cli-import.ts";

/**
 * `npm run wijkbot -- <command>`: setting up, for the coördinator or whoever runs the bot.
 * Output goes to stdout; errors to stderr with a non-zero exit code.
 */
if (existsSync(".env")) process.loadEnvFile(".env");

export function buildCli(io: { out: (text: string) => void; db: () => Promise<Db>; now: () => Date }) {
  const program = new Command("wijkbot").description("Beheer van wijkbot").exitOverride().showHelpAfterError();
  program
    .command("code")
    .description(`maak een koppelcode (${JOIN_CODE_VALID_DAYS} dagen geldig, één keer te gebruiken) voor een groepsgesprek`)
    .argument("<wijk>", "naam van de wijk")
    .argument("<soort>", "kartrekkers of stuurgroep")
    .action(async (wijkName: string, kind: string) => {
      if (kind !== "kartrekkers" && kind !== "stuurgroep") throw new CommanderError(2, "wijkbot.kind", "Soort moet kartrekkers of stuurgroep zijn.");
      const db = await io.db();
      const wijk = await findWijkByName(db, wijkName);
      const code = await createJoinCode(db, { wijkId: wijk.id, kind, now: io.now() });
      io.out(`Koppelcode voor ${wijk.name} (${kind}): ${code.code}\nGeldig tot ${formatDateTime(code.expiresAt)}. Typ in de groep: /koppel ${code.code}\n`);
    });
  registerWijkCommands(program, io);
  registerImportCommand(program, io);
  return program;
}

async function main() {
  let db: Db | undefined;
  const program = buildCli({
    out: (text) => process.stdout.write(text),
    now: () => systemClock.now(),
    db: async () => {
      const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
      await migrateDatabase(url);
      db = await createDb(url);
      return db;
    },
  });
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode !== 0 && !["commander.helpDisplayed", "commander.version"].includes(error.code)) {
        if (error.code.startsWith("wijkbot.")) process.stderr.write(`${error.message}\n`);
        process.exitCode = error.exitCode || 1;
      }
    } else {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  } finally {
    await db?.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
