import { existsSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { createDb, DEFAULT_DATABASE_URL, type Db } from "./db.ts";
import { migrateDatabase } from "./migrate-any.ts";
import { createJoinCode, JOIN_CODE_VALID_DAYS } from "./services/create-join-code.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { AppError } from "./core/errors.ts";
import { systemClock } from "./core/clock.ts";
import { formatDateTime } from "./render/format.ts";
import { BUNDLED_CATALOGUES_DIR, dutch, loadJsonCatalogues, localize, normalizeLanguage, supportedLanguages, translate, translator, type Translate } from "./i18n/index.ts";
import { registerWijkCommands } from "./cli-wijk.ts";
import { registerImportCommand } from "./cli-import.ts";
import { registerTaalCommands } from "./cli-taal.ts";
import { registerRapportCommand } from "./cli-rapport.ts";

/**
 * `npm run wijkbot -- <command>`: setting up, for the coördinator or whoever runs the bot.
 * Output goes to stdout; errors to stderr with a non-zero exit code. Texts are Dutch unless
 * `--taal en` (or WIJKBOT_TAAL=en) asks for another catalogue's language.
 */
if (existsSync(".env")) process.loadEnvFile(".env");

export interface CliIo {
  out: (text: string) => void;
  db: () => Promise<Db>;
  now: () => Date;
  /** The reader's language when the command line has no --taal; else WIJKBOT_TAAL, else Dutch. */
  language?: string;
}

export function buildCli(io: CliIo) {
  const program = new Command("wijkbot");
  // Resolved on every use: help texts are made now (from io.language), results after
  // parsing, when an explicit --taal on the command line is known too.
  const t: Translate = (key, vars) => translate(languageOf(program, io), key, vars);
  program
    .description(t("cli.description"))
    .addOption(new Option("--taal <code>", t("cli.languageOption", { languages: supportedLanguages().join(", ") })))
    .addOption(new Option("--language <code>").hideHelp())
    .exitOverride()
    .showHelpAfterError();
  program
    .command("code")
    .description(t("cli.code.description", { days: JOIN_CODE_VALID_DAYS }))
    .argument(`<${t("cli.arg.wijk")}>`, t("cli.wijkName"))
    .argument(`<${t("cli.arg.kind")}>`, t("cli.code.kind"))
    .action(async (wijkName: string, kind: string) => {
      if (kind !== "kartrekkers" && kind !== "stuurgroep") throw new CommanderError(2, "wijkbot.kind", t("cli.code.badKind"));
      const db = await io.db();
      const wijk = await findWijkByName(db, wijkName);
      const code = await createJoinCode(db, { wijkId: wijk.id, kind, now: io.now() });
      io.out(`${t("cli.code.created", { wijk: wijk.name, kind, code: code.code, until: formatDateTime(code.expiresAt) })}\n`);
    });
  registerWijkCommands(program, io, t);
  registerImportCommand(program, io, t);
  registerTaalCommands(program, io, t);
  registerRapportCommand(program, io, t, () => languageOf(program, io));
  return program;
}

/** --taal (or --language) on the command line, then io.language, then WIJKBOT_TAAL; unknown codes are Dutch. */
function languageOf(program: Command, io: CliIo): string {
  const options = program.opts<{ taal?: string; language?: string }>();
  return normalizeLanguage(options.taal ?? options.language ?? io.language ?? process.env.WIJKBOT_TAAL);
}

/**
 * The language asked for with `--taal en`, `--taal=en` or `--language en` anywhere on the
 * line (commander reads program options after a subcommand too), so the program can be
 * built — help texts included — in that language before commander parses anything.
 */
function languageInArgs(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length && args[i] !== "--"; i++) {
    const match = /^--(?:taal|language)(?:=(.*))?$/s.exec(args[i]);
    if (match) found = match[1] ?? args[i + 1];
  }
  return found;
}

/**
 * Runs one command line (without "node cli.ts") as `npm run wijkbot` does: results and
 * help to io.out, errors to io.err in the chosen language. Returns the exit code.
 */
export async function runCli(args: string[], io: CliIo & { err: (text: string) => void }): Promise<number> {
  const program = buildCli({ ...io, language: languageInArgs(args) ?? io.language });
  // Each subcommand keeps the output it was created with, so every one is told.
  const sendOutput = (command: Command): void => {
    command.configureOutput({ writeOut: io.out, writeErr: io.err });
    command.commands.forEach(sendOutput);
  };
  sendOutput(program);
  try {
    await program.parseAsync(args, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its own errors (and help); ours it leaves to us.
      if (error.exitCode === 0 || ["commander.helpDisplayed", "commander.version"].includes(error.code)) return 0;
      if (error.code.startsWith("wijkbot.")) io.err(`${error.message}\n`);
      return error.exitCode || 1;
    }
    const t = translator(languageOf(program, io));
    io.err(`${error instanceof AppError ? error.localized(t) : (error as Error).message}\n`);
    return 1;
  }
}

async function main() {
  // Languages added as JSON catalogues: beside the code, and in the folder WIJKBOT_CATALOGUES names.
  for (const warning of loadJsonCatalogues([BUNDLED_CATALOGUES_DIR, ...(process.env.WIJKBOT_CATALOGUES ? [process.env.WIJKBOT_CATALOGUES] : [])])) {
    process.stderr.write(`wijkbot: ${localize(dutch, warning)}\n`);
  }
  let db: Db | undefined;
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      now: () => systemClock.now(),
      db: async () => {
        const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
        await migrateDatabase(url);
        db = await createDb(url);
        return db;
      },
    });
  } finally {
    await db?.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
