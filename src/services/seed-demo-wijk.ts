import type { Db } from "../db.ts";
import { addDays, localParts, toInstant } from "../time/amsterdam.ts";
import { createWijk } from "./create-wijk.ts";
import { readWijkSettings, writeWijkSettings } from "../db/wijk-settings.ts";
import type { Role } from "../domain.ts";

/** The demo neighbourhood of `npm start` and transcripts, after seed 000 (Lewenborg XL, Groningen). */
export const DEMO_WIJK_NAME = "Lewenborg XL";
/** Console chat ids of the demo wijk's two groups. */
export const DEMO_CHATS = { kartrekkers: "kartrekkers", stuurgroep: "stuurgroep" } as const;
/** Who you are when you type in the console without a name. */
export const DEMO_DEFAULT_PERSON = "Marieke";

const ORGANISATIONS = ["Gemeente Groningen", "WIJ Groningen", "GGD Groningen", "OBS De Zonnewijzer", "Kids2b kinderopvang", "Jongerenwerk Lewenborg", "Sportvereniging Lewenborg"];

const PEOPLE: { name: string; role: Role; pillar?: string; org: string }[] = [
  { name: "Marieke", role: "coordinator", org: "Gemeente Groningen" },
  { name: "Henk", role: "voorzitter", org: "OBS De Zonnewijzer" },
  { name: "Ingrid", role: "stuurgroep", org: "WIJ Groningen" },
  { name: "Sanne", role: "aanjager", pillar: "Kansrijk", org: "Kids2b kinderopvang" },
  { name: "Youssef", role: "aanjager", pillar: "Vreedzaam", org: "Jongerenwerk Lewenborg" },
  { name: "Joke", role: "aanjager", pillar: "Gezond", org: "GGD Groningen" },
  { name: "Ahmed", role: "kartrekker", pillar: "Vreedzaam", org: "Sportvereniging Lewenborg" },
  { name: "Lisa", role: "kartrekker", pillar: "Kansrijk", org: "OBS De Zonnewijzer" },
  { name: "Fatima", role: "kartrekker", pillar: "Gezond", org: "GGD Groningen" },
  { name: "Peter", role: "kartrekker", pillar: "Kansrijk", org: "WIJ Groningen" },
];

/** The concrete actions 2024-2025 from seed 000, spread over owners and statuses; deadlines relative to now. */
const ACTIONS: {
  title: string; short: string; pillar: string; age: string; status: string; owners: string[]; dueInDays?: number; partners?: string[]; note?: string;
  reach?: [number, number | null]; budget?: [number, number | null];
}[] = [
  { title: "Watertappunt in de wijk", short: "watertappunt", pillar: "Gezond", age: "4-12", status: "bezig", owners: ["Fatima"], dueInDays: 25, partners: ["GGD Groningen"], note: "Handtekeningenactie onder jongeren gestart; kinderraad denkt mee over de plek.", reach: [300, 120], budget: [250000, 40000] },
  { title: "Eén wijkwebsite", short: "wijkwebsite", pillar: "Vreedzaam", age: "algemeen", status: "gepland", owners: ["Youssef"], dueInDays: 60, partners: ["Jongerenwerk Lewenborg"], budget: [800000, null] },
  { title: "Vreedzaam breder trekken naar de 2e schil", short: "2e schil", pillar: "Vreedzaam", age: "4-12", status: "bezig", owners: ["Ahmed"], dueInDays: 12, partners: ["Sportvereniging Lewenborg"], note: "Eerste training oudermediatoren bij de sportvereniging gepland." },
  { title: "Financiële educatie in projectplan Campus 2025", short: "financiële educatie", pillar: "Kansrijk", age: "12+", status: "gepland", owners: ["Peter"], dueInDays: -3 },
  { title: "Integraal pedagogisch wijkplan jonge kind", short: "wijkplan jonge kind", pillar: "Kansrijk", age: "0-4", status: "bezig", owners: ["Sanne", "Lisa"], dueInDays: 40, reach: [150, 40] },
  { title: "Kindteams (KIEM) ook voorschools", short: "kindteams", pillar: "Kansrijk", age: "0-4", status: "geparkeerd", owners: ["Sanne"] },
  { title: "Ouderbetrokkenheid", short: "ouderbetrokkenheid", pillar: "Vreedzaam", age: "algemeen", status: "gepland", owners: ["Youssef", "Ahmed"], dueInDays: 90 },
  { title: "Gezonde School vignet voor alle scholen", short: "gezonde school", pillar: "Gezond", age: "4-12", status: "klaar", owners: ["Joke"], dueInDays: -20, reach: [6, 6] },
  { title: "Verhoogde betrokkenheid CB en GGD", short: "betrokkenheid cb", pillar: "Gezond", age: "0-4", status: "gepland", owners: ["Joke"], dueInDays: 30 },
  { title: "Op zoek naar het waarom achter de cijfers", short: "waarom cijfers", pillar: "Kansrijk", age: "0-4", status: "klaar", owners: ["Lisa"], dueInDays: -30 },
];

/**
 * Creates the demo wijk with people, console identities, bound console chats and actions.
 * Does nothing when it already exists (rerunning `npm start` keeps your changes).
 */
export async function seedDemoWijk(db: Db, now: Date): Promise<{ wijkId: string; created: boolean }> {
  return db.$transaction(async (tx) => {
    const { wijk, created } = await createWijk(tx, {
      name: DEMO_WIJK_NAME,
      pillars: [
        { name: "Kansrijk", goals: ["Kinderen groeien op met gelijke kansen"] },
        { name: "Vreedzaam", goals: ["Een vreedzame wijk, ook buiten school"] },
        { name: "Gezond", goals: ["Gezond opgroeien in Lewenborg"] },
      ],
      planYear: localParts(now).year,
      now,
    });
    if (!created) {
      // A "Lewenborg XL" made another way (CLI, import) still gets the console's two groups, so `npm start` can talk to it.
      for (const kind of ["kartrekkers", "stuurgroep"] as const) {
        const bound = await tx.chat.findFirst({ where: { platform: "console", externalId: DEMO_CHATS[kind] } });
        if (!bound) await tx.chat.create({ data: { wijkId: wijk.id, platform: "console", externalId: DEMO_CHATS[kind], kind, title: kind, createdAt: now } });
      }
      return { wijkId: wijk.id, created };
    }
    // Lewenborg is in Groningen: school holiday region noord ("voor de herfstvakantie").
    await writeWijkSettings(tx, wijk.id, { ...readWijkSettings(wijk), schoolRegion: "noord" });
    const pillars = new Map((await tx.pillar.findMany({ where: { wijkId: wijk.id } })).map((p) => [p.name, p.id]));
    const orgs = new Map<string, string>();
    for (const name of ORGANISATIONS) orgs.set(name, (await tx.organisation.create({ data: { wijkId: wijk.id, name } })).id);
    const people = new Map<string, string>();
    for (const p of PEOPLE) {
      const person = await tx.person.create({
        data: {
          wijkId: wijk.id,
          displayName: p.name,
          role: p.role,
          pillarId: p.pillar ? pillars.get(p.pillar) : null,
          organisationId: orgs.get(p.org),
          digestSubscribed: p.role === "coordinator",
          createdAt: now,
          identities: { create: { wijkId: wijk.id, platform: "console", externalId: consoleId(p.name) } },
        },
      });
      people.set(p.name, person.id);
    }
    // Dated by the seed's clock, as every chat bound later is: groups are taken oldest first (addressing).
    for (const kind of ["kartrekkers", "stuurgroep"] as const) {
      await tx.chat.create({ data: { wijkId: wijk.id, platform: "console", externalId: DEMO_CHATS[kind], kind, title: kind, createdAt: now } });
    }
    const today = localParts(now);
    for (const a of ACTIONS) {
      const action = await tx.action.create({
        data: {
          wijkId: wijk.id,
          title: a.title,
          shortName: a.short,
          pillarId: pillars.get(a.pillar),
          goalId: (await tx.goal.findFirst({ where: { pillarId: pillars.get(a.pillar)! } }))?.id,
          ageGroup: a.age,
          status: a.status,
          deadline: a.dueInDays === undefined ? null : toInstant(addDays(today, a.dueInDays)),
          startDate: a.status === "gepland" ? null : toInstant(addDays(today, -45)),
          reachIntended: a.reach?.[0] ?? null,
          reachReached: a.reach?.[1] ?? null,
          budgetPlannedCents: a.budget?.[0] ?? null,
          budgetSpentCents: a.budget?.[1] ?? null,
          planYear: today.year,
          createdAt: now,
          lastActivityAt: now,
          owners: { create: a.owners.map((name) => ({ personId: people.get(name)! })) },
          partners: { create: (a.partners ?? []).map((name) => ({ organisationId: orgs.get(name)! })) },
        },
      });
      if (a.note) await tx.progressNote.create({ data: { actionId: action.id, personId: people.get(a.owners[0]), text: a.note, createdAt: now } });
    }
    return { wijkId: wijk.id, created };
  });
}

/** The console identifies people by their name, case-insensitively. */
export function consoleId(name: string): string {
  return name.trim().toLowerCase();
}
