import { CommanderError, type Command } from "commander";
import type { Db } from "./db.ts";
import { createWijkFromTemplate } from "./services/create-wijk-from-template.ts";
import { addPillar } from "./services/add-pillar.ts";
import { renamePillar } from "./services/rename-pillar.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { readWijkSettings, writeWijkSettings, DEFAULT_CHECK_IN_DATE } from "./db/wijk-settings.ts";
import { readSchoolRegion, readScheduleSettings, scheduleSettingsPatchSchema } from "./scheduler/settings.ts";
import { isTemplateId, TEMPLATE_IDS, WIJK_TEMPLATES } from "./templates/wijk-templates.ts";
import { localParts } from "./time/amsterdam.ts";
import { labelOf, type Translate } from "./i18n/index.ts";

interface CliIo {
  out: (text: string) => void;
  db: () => Promise<Db>;
  now: () => Date;
}

/**
 * `wijkbot wijk nieuw|lijst|pijler …`: setting up a wijk from a template and managing its
 * pillars. Every subcommand is safe to rerun: what already exists is left alone and said so.
 */
export function registerWijkCommands(program: Command, io: CliIo, t: Translate): void {
  const wijk = program.command("wijk").description(t("cli.wijk.description"));
  const templateList = TEMPLATE_IDS.join(", ");

  wijk
    .command("nieuw")
    .description(t("cli.wijk.new.description"))
    .argument(`<${t("cli.arg.name")}>`, t("cli.wijkName"))
    .requiredOption(`-s, --sjabloon <${t("cli.arg.template")}>`, t("cli.wijk.new.template", { templates: templateList }))
    .addHelpText("after", `\n${t("cli.wijk.new.templates")}\n${TEMPLATE_IDS.map((id) => `  ${id.padEnd(17)} ${WIJK_TEMPLATES[id].label}`).join("\n")}\n`)
    .action(async (name: string, options: { sjabloon: string }) => {
      const template = options.sjabloon.trim().toLowerCase();
      if (!isTemplateId(template)) {
        throw new CommanderError(2, "wijkbot.template", t("cli.wijk.new.unknownTemplate", { template: options.sjabloon, templates: templateList }));
      }
      if (!name.trim()) throw new CommanderError(2, "wijkbot.name", t("cli.wijk.new.nameMissing"));
      const db = await io.db();
      const now = io.now();
      const result = await db.$transaction((tx) => createWijkFromTemplate(tx, { name, template, planYear: localParts(now).year, now }));
      if (!result.created) {
        io.out(`${t("cli.wijk.new.exists", { name: result.wijk.name })}\n`);
        return;
      }
      const pillars = await db.pillar.findMany({ where: { wijkId: result.wijk.id }, orderBy: { position: "asc" }, include: { _count: { select: { goals: true } } } });
      const word = pillarWord(WIJK_TEMPLATES[template].pillarWord, t);
      io.out(`${t("cli.wijk.new.created", { name: result.wijk.name, template })}\n`);
      for (const p of pillars) {
        const count = p._count.goals;
        const goals = count ? t("cli.wijk.new.goals", { count }) : "";
        io.out(`${t("cli.wijk.new.pillar", { word, name: p.name, goals })}\n`);
      }
      io.out(`${t("cli.wijk.new.next", { name: result.wijk.name })}\n`);
    });

  wijk
    .command("lijst")
    .description(t("cli.wijk.list.description"))
    .action(async () => {
      const db = await io.db();
      const wijken = await db.wijk.findMany({
        orderBy: { name: "asc" },
        include: { pillars: { orderBy: { position: "asc" } }, _count: { select: { people: true, chats: true } } },
      });
      if (!wijken.length) {
        io.out(`${t("cli.wijk.list.none")}\n`);
        return;
      }
      for (const w of wijken) {
        const settings = readWijkSettings(w);
        const pillars = w.pillars.map((p) => p.name).join(", ") || t("cli.wijk.list.noPillars");
        const planYear = w.planYear ? t("cli.wijk.list.planYear", { year: w.planYear }) : "";
        io.out(`${t("cli.wijk.list.wijk", { name: w.name, planYear, people: w._count.people, chats: w._count.chats })}\n`);
        io.out(`${t("cli.wijk.list.pillars", { words: pillarWords(settings.pillarWord ?? "pijler", t), pillars })}\n`);
      }
    });

  wijk
    .command("instellingen")
    .description(t("cli.settings.description"))
    .argument(`<${t("cli.arg.wijk")}>`, t("cli.wijkName"))
    .option("--zet <json>", t("cli.settings.set", { example: '{"quietHours":{"from":"21:00"},"reminders":{"sendAt":"08:30"}}' }))
    .addHelpText("after", `\n${t("cli.settings.help")}\n`)
    .action(async (name: string, options: { zet?: string }) => {
      const db = await io.db();
      const found = await findWijkByName(db, name);
      let current = readWijkSettings(found);
      if (options.zet !== undefined) {
        let raw: unknown;
        try {
          raw = JSON.parse(options.zet);
        } catch {
          throw new CommanderError(2, "wijkbot.settings", t("cli.settings.notJson", { example: '{"digest":{"at":"09:00"}}' }));
        }
        const patch = scheduleSettingsPatchSchema.safeParse(raw);
        if (!patch.success) {
          const issue = patch.error.issues[0];
          throw new CommanderError(2, "wijkbot.settings", t("cli.settings.invalid", { path: issue?.path.join(".") || "?", problem: String(issue?.message) }));
        }
        const effective = readScheduleSettings(found.settings);
        const merged: Record<string, unknown> = { ...current };
        for (const [key, value] of Object.entries(patch.data)) {
          merged[key] = value && typeof value === "object" ? { ...effective[key as keyof typeof effective], ...value } : value;
        }
        await writeWijkSettings(db, found.id, merged);
        current = merged;
        io.out(`${t("cli.settings.updated", { wijk: found.name })}\n`);
      }
      const shown = {
        ...readScheduleSettings(JSON.stringify(current)),
        checkInDate: current.checkInDate ?? DEFAULT_CHECK_IN_DATE,
        schoolRegion: readSchoolRegion(JSON.stringify(current)),
      };
      io.out(`${JSON.stringify(shown, null, 2)}\n`);
    });

  const pijler = wijk.command("pijler").description(t("cli.pillar.description"));
  pijler
    .command("toevoegen")
    .description(t("cli.pillar.add.description"))
    .argument(`<${t("cli.arg.wijk")}>`, t("cli.wijkName"))
    .argument(`<${t("cli.arg.pillar")}>`, t("cli.pillar.add.name"))
    .action(async (wijkName: string, pillarName: string) => {
      const db = await io.db();
      const result = await db.$transaction(async (tx) => {
        const found = await findWijkByName(tx, wijkName);
        return { wijk: found, ...(await addPillar(tx, { wijkId: found.id, name: pillarName })) };
      });
      io.out(`${t(result.created ? "cli.pillar.added" : "cli.pillar.exists", { name: result.pillar.name, wijk: result.wijk.name })}\n`);
    });
  pijler
    .command("hernoemen")
    .description(t("cli.pillar.rename.description"))
    .argument(`<${t("cli.arg.wijk")}>`, t("cli.wijkName"))
    .argument(`<${t("cli.arg.old")}>`, t("cli.pillar.rename.from"))
    .argument(`<${t("cli.arg.new")}>`, t("cli.pillar.rename.to"))
    .action(async (wijkName: string, from: string, to: string) => {
      const db = await io.db();
      const result = await db.$transaction(async (tx) => {
        const found = await findWijkByName(tx, wijkName);
        return renamePillar(tx, { wijkId: found.id, from, to });
      });
      io.out(
        `${result.changed ? t("cli.pillar.renamed", { from: result.previousName, to: result.pillar.name }) : t("cli.pillar.alreadyNamed", { name: result.pillar.name })}\n`,
      );
    });
}

/** The same word in the plural ("pijlers", "opgaven", "sporen"); a word of its own stays as stored. */
function pillarWords(word: string, t: Translate): string {
  return labelOf("cli.pillarWords", word, t);
}

/** A structure's word for its top level ("pijler", "opgave", "spoor") in the reader's language; a word of its own stays as stored. */
function pillarWord(word: string, t: Translate): string {
  return labelOf("cli.pillarWord", word, t);
}
