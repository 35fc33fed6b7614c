import { CommanderError, type Command } from "commander";
import type { Db } from "./db.ts";
import { createWijkFromTemplate } from "./services/create-wijk-from-template.ts";
import { addPillar } from "./services/add-pillar.ts";
import { renamePillar } from "./services/rename-pillar.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { readWijkSettings, writeWijkSettings, DEFAULT_CHECK_IN_DATE } from "./services/wijk-settings.ts";
import { readScheduleSettings, scheduleSettingsPatchSchema } from "./scheduler/settings.ts";
import { isTemplateId, TEMPLATE_IDS, WIJK_TEMPLATES } from "./templates/wijk-templates.ts";
import { localParts } from "./parse/dates.ts";

interface CliIo {
  out: (text: string) => void;
  db: () => Promise<Db>;
  now: () => Date;
}

/**
 * `wijkbot wijk nieuw|lijst|pijler …`: setting up a wijk from a template and managing its
 * pillars. Every subcommand is safe to rerun: what already exists is left alone and said so.
 */
export function registerWijkCommands(program: Command, io: CliIo): void {
  const wijk = program.command("wijk").description("wijken aanmaken en hun pijlers beheren");

  wijk
    .command("nieuw")
    .description("maak een wijk met de pijlers (en doelen) van een sjabloon")
    .argument("<naam>", "naam van de wijk")
    .requiredOption("-s, --sjabloon <sjabloon>", `structuur: ${TEMPLATE_IDS.join(", ")}`)
    .addHelpText("after", `\nSjablonen:\n${TEMPLATE_IDS.map((id) => `  ${id.padEnd(17)} ${WIJK_TEMPLATES[id].label}`).join("\n")}\n`)
    .action(async (name: string, options: { sjabloon: string }) => {
      const template = options.sjabloon.trim().toLowerCase();
      if (!isTemplateId(template)) {
        throw new CommanderError(2, "wijkbot.template", `Onbekend sjabloon "${options.sjabloon}". Kies uit: ${TEMPLATE_IDS.join(", ")}.`);
      }
      if (!name.trim()) throw new CommanderError(2, "wijkbot.name", "Geef de wijk een naam, bijvoorbeeld: wijk nieuw \"Lewenborg XL\" --sjabloon lewenborg");
      const db = await io.db();
      const result = await db.$transaction((tx) => createWijkFromTemplate(tx, { name, template, planYear: localParts(io.now()).year }));
      if (!result.created) {
        io.out(`Wijk ${result.wijk.name} bestaat al; er is niets veranderd.\n`);
        return;
      }
      const pillars = await db.pillar.findMany({ where: { wijkId: result.wijk.id }, orderBy: { position: "asc" }, include: { _count: { select: { goals: true } } } });
      const word = WIJK_TEMPLATES[template].pillarWord;
      io.out(`Wijk ${result.wijk.name} is aangemaakt (sjabloon ${template}).\n`);
      for (const p of pillars) io.out(`- ${word} ${p.name}${p._count.goals ? ` (${p._count.goals} doelen)` : ""}\n`);
      io.out(`Volgende stap: wijkbot code "${result.wijk.name}" kartrekkers\n`);
    });

  wijk
    .command("lijst")
    .description("alle wijken met hun pijlers")
    .action(async () => {
      const db = await io.db();
      const wijken = await db.wijk.findMany({
        orderBy: { name: "asc" },
        include: { pillars: { orderBy: { position: "asc" } }, _count: { select: { people: true, chats: true } } },
      });
      if (!wijken.length) {
        io.out("Er zijn nog geen wijken. Maak er een: wijk nieuw \"<naam>\" --sjabloon lewenborg\n");
        return;
      }
      for (const w of wijken) {
        const settings = readWijkSettings(w);
        const pillars = w.pillars.map((p) => p.name).join(", ") || "(nog geen pijlers)";
        io.out(`${w.name}${w.planYear ? ` — planjaar ${w.planYear}` : ""} — ${w._count.people} mensen, ${w._count.chats} gesprekken\n`);
        io.out(`  ${settings.pillarWord ?? "pijler"}s: ${pillars}\n`);
      }
    });

  wijk
    .command("instellingen")
    .description("toon de instellingen van een wijk (herinneringen, rustige uren, weekoverzicht, vergaderingen, check), of wijzig ze met --zet")
    .argument("<wijk>", "naam van de wijk")
    .option("--zet <json>", 'wijziging als JSON, bijvoorbeeld \'{"quietHours":{"from":"21:00"},"reminders":{"sendAt":"08:30"}}\'')
    .action(async (name: string, options: { zet?: string }) => {
      const db = await io.db();
      const found = await findWijkByName(db, name);
      let current = readWijkSettings(found);
      if (options.zet !== undefined) {
        let raw: unknown;
        try {
          raw = JSON.parse(options.zet);
        } catch {
          throw new CommanderError(2, "wijkbot.settings", "Dat is geen geldige JSON. Voorbeeld: --zet '{\"digest\":{\"at\":\"09:00\"}}'");
        }
        const patch = scheduleSettingsPatchSchema.safeParse(raw);
        if (!patch.success) {
          const issue = patch.error.issues[0];
          throw new CommanderError(2, "wijkbot.settings", `Die instelling klopt niet (${issue?.path.join(".") || "?"}: ${issue?.message}). Er is niets veranderd.`);
        }
        const effective = readScheduleSettings(found.settings);
        const merged: Record<string, unknown> = { ...current };
        for (const [key, value] of Object.entries(patch.data)) {
          merged[key] = value && typeof value === "object" ? { ...effective[key as keyof typeof effective], ...value } : value;
        }
        await writeWijkSettings(db, found.id, merged);
        current = merged;
        io.out(`Instellingen van ${found.name} bijgewerkt.\n`);
      }
      const shown = { ...readScheduleSettings(JSON.stringify(current)), checkInDate: current.checkInDate ?? DEFAULT_CHECK_IN_DATE };
      io.out(`${JSON.stringify(shown, null, 2)}\n`);
    });

  const pijler = wijk.command("pijler").description("pijlers van een wijk toevoegen of hernoemen");
  pijler
    .command("toevoegen")
    .description("voeg een pijler toe (bestaat hij al, dan verandert er niets)")
    .argument("<wijk>", "naam van de wijk")
    .argument("<pijler>", "naam van de nieuwe pijler")
    .action(async (wijkName: string, pillarName: string) => {
      const db = await io.db();
      const result = await db.$transaction(async (tx) => {
        const found = await findWijkByName(tx, wijkName);
        return { wijk: found, ...(await addPillar(tx, { wijkId: found.id, name: pillarName })) };
      });
      io.out(result.created ? `Pijler ${result.pillar.name} is toegevoegd aan ${result.wijk.name}.\n` : `Pijler ${result.pillar.name} bestaat al in ${result.wijk.name}; er is niets veranderd.\n`);
    });
  pijler
    .command("hernoemen")
    .description("geef een pijler een nieuwe naam (acties en mensen blijven eraan gekoppeld)")
    .argument("<wijk>", "naam van de wijk")
    .argument("<oud>", "huidige naam")
    .argument("<nieuw>", "nieuwe naam")
    .action(async (wijkName: string, from: string, to: string) => {
      const db = await io.db();
      const result = await db.$transaction(async (tx) => {
        const found = await findWijkByName(tx, wijkName);
        return renamePillar(tx, { wijkId: found.id, from, to });
      });
      io.out(result.changed ? `Pijler ${result.previousName} heet nu ${result.pillar.name}.\n` : `Pijler ${result.pillar.name} heet al zo; er is niets veranderd.\n`);
    });
}
