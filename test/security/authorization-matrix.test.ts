import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db.ts";
import { at } from "../scheduler/helpers.ts";
import { seededTemplate, type Clone, type SeededTemplate } from "./helpers.ts";

/**
 * Authorisation matrix: who may do what, per role and per command that changes
 * something, on a copy of the demo wijk (Lewenborg XL): "Watertappunt in de wijk" is
 * Fatima's action in pillar Gezond, whose aanjager is Joke. Each allowed cell gets its own
 * copy; the refused and "nothing to do" cells of a row share one, which each of them is
 * checked to leave exactly as it found it.
 *
 * allow — the command changed the database (after answering ja / 1 to its question);
 * deny  — a friendly Dutch refusal ("Alleen …") and the database exactly as before;
 * none  — allowed to ask, but within the sender's reach there is nothing to do (no change, no refusal).
 */
const ACTORS = {
  kartrekker: "Lisa",
  "aanjager van de pijler": "Joke",
  "aanjager andere pijler": "Sanne",
  coördinator: "Marieke",
  stuurgroep: "Ingrid",
  voorzitter: "Henk",
  eigenaar: "Fatima",
} as const;
type RoleName = keyof typeof ACTORS;
type Outcome = "allow" | "deny" | "none";

const ACTION_CHANGERS: RoleName[] = ["eigenaar", "aanjager van de pijler", "coördinator"];
const COORDINATOR: RoleName[] = ["coördinator"];
const CHAIRS: RoleName[] = ["coördinator", "voorzitter"];
const EVERYONE = Object.keys(ACTORS) as RoleName[];

interface Row {
  command: string;
  /** Who is allowed; everyone else is denied unless `none` says otherwise. */
  allow: RoleName[];
  none?: RoleName[];
  /** Lines the coördinator types first (in the kartrekkers group), and the clock to use. */
  setup?: string[];
  clock?: string;
  chat?: string;
}

const MEETING = ["/vergadering nieuw 2026-01-20 19:30 De Kiosk", "/agendapunt Plek watertappunt kiezen besluit"];

const MATRIX: Row[] = [
  // Someone else's action (Fatima's): owner, aanjager of its pillar, coördinator.
  { command: "/actie klaar watertappunt", allow: ACTION_CHANGERS },
  { command: "/actie stop watertappunt", allow: ACTION_CHANGERS },
  { command: "/actie parkeer watertappunt", allow: ACTION_CHANGERS },
  { command: "/actie update watertappunt flyers rondgebracht", allow: ACTION_CHANGERS },
  { command: "/actie deadline watertappunt 15 maart", allow: ACTION_CHANGERS },
  { command: "/actie eigenaar watertappunt @Lisa", allow: ACTION_CHANGERS },
  { command: "/actie bereik watertappunt 250", allow: ACTION_CHANGERS },
  { command: "/actie budget watertappunt begroot 3000", allow: ACTION_CHANGERS },
  { command: "/actie doelgroep watertappunt 12+", allow: ACTION_CHANGERS },
  { command: "/actie partner watertappunt Waterbedrijf Groningen", allow: ACTION_CHANGERS },
  { command: "/actie pijler watertappunt Kansrijk", allow: ACTION_CHANGERS },
  { command: "/actie hernoem watertappunt naar Watertappunt bij het winkelcentrum", allow: ACTION_CHANGERS },
  { command: "/snooze watertappunt vrijdag", allow: ACTION_CHANGERS },
  // Coördinator only.
  { command: "/actie verwijder watertappunt", allow: COORDINATOR },
  { command: "/rol @Peter aanjager Kansrijk", allow: COORDINATOR },
  { command: "/pijler nieuw Veiligheid", allow: COORDINATOR },
  { command: "/pijler hernoem Gezond naar Gezondheid", allow: COORDINATOR },
  { command: "/overzicht nieuwe-link", allow: COORDINATOR },
  { command: "/jaarplan 2027", allow: COORDINATOR },
  { command: "/jaarplan 2027 meenemen", allow: COORDINATOR },
  { command: "/jaarplan check", allow: COORDINATOR },
  { command: "/vakantie 2026-07-18 t/m 2026-08-30", allow: COORDINATOR },
  // Handing over: the coördinator anything; an aanjager within their own pillar.
  { command: "/overdracht @Fatima @Lisa", allow: ["coördinator", "aanjager van de pijler"], none: ["aanjager andere pijler"] },
  { command: "/overdracht @Fatima @Lisa Gezond", allow: ["coördinator", "aanjager van de pijler"] },
  // Leaving: the coördinator, or the person themselves.
  { command: "/vertrek @Fatima", allow: ["coördinator", "eigenaar"] },
  // Pinning the board: coördinator, voorzitter or any aanjager.
  { command: "/overzicht vastzetten", allow: ["coördinator", "voorzitter", "aanjager van de pijler", "aanjager andere pijler"] },
  // The meeting cycle: coördinator or voorzitter; decisions also by the stuurgroep.
  { command: "/vergadering nieuw 2026-02-10 19:30 De Kiosk", allow: CHAIRS },
  { command: "/vergadering afsluiten", allow: CHAIRS, setup: MEETING, clock: "2026-01-20 21:00" },
  { command: "/agenda volgorde 2 1", allow: CHAIRS, setup: MEETING },
  { command: "/agenda accepteer 2", allow: CHAIRS, setup: MEETING },
  { command: "/agenda uitstellen 2", allow: CHAIRS, setup: MEETING },
  { command: "/agenda behandeld 2", allow: CHAIRS, setup: MEETING },
  { command: "/besluit Watertappunt komt bij het winkelcentrum", allow: ["coördinator", "voorzitter", "stuurgroep"], setup: MEETING, clock: "2026-01-20 20:00" },
  // Your own changes and reminders only: someone else's are simply not found.
  { command: "/ongedaan", allow: COORDINATOR, none: EVERYONE.filter((r) => r !== "coördinator"), setup: ["/actie klaar watertappunt"] },
  { command: "/herinner stop 1", allow: COORDINATOR, none: EVERYONE.filter((r) => r !== "coördinator"), setup: ["/herinner mij subsidie aanvragen vrijdag"] },
  // Open to everyone in the wijk.
  { command: "/actie nieuw Buurtfeest pijler Gezond", allow: EVERYONE },
  { command: "/agendapunt Hoe betrekken we meer ouders?", allow: EVERYONE, setup: MEETING },
  { command: "/herinner @Fatima verslag rondsturen vrijdag", allow: EVERYONE },
];

let template: SeededTemplate;
beforeAll(async () => {
  template = await seededTemplate();
});
afterAll(async () => template.dispose());

/** Everything a command could change, as one comparable value (not the message log or open questions). */
async function fingerprint(db: Db): Promise<string> {
  const [wijk, pillars, actions, owners, partners, orgs, people, identities, chats, history, notes, reminders, meetings, items, decisions, holidays, codes, checkIns] =
    await Promise.all([
      db.wijk.findMany({ orderBy: { id: "asc" } }),
      db.pillar.findMany({ orderBy: { id: "asc" } }),
      db.action.findMany({ orderBy: { id: "asc" } }),
      db.actionOwner.findMany({ orderBy: [{ actionId: "asc" }, { personId: "asc" }] }),
      db.actionPartner.findMany({ orderBy: [{ actionId: "asc" }, { organisationId: "asc" }] }),
      db.organisation.findMany({ orderBy: { id: "asc" } }),
      db.person.findMany({ orderBy: { id: "asc" }, omit: { welcomedAt: true } }),
      db.identity.findMany({ orderBy: { id: "asc" } }),
      db.chat.findMany({ orderBy: { id: "asc" } }),
      db.historyEntry.count(),
      db.progressNote.findMany({ orderBy: { id: "asc" } }),
      db.reminder.findMany({ orderBy: { id: "asc" } }),
      db.meeting.findMany({ orderBy: { id: "asc" } }),
      db.agendaItem.findMany({ orderBy: { id: "asc" } }),
      db.decision.findMany({ orderBy: { id: "asc" } }),
      db.holiday.findMany({ orderBy: { id: "asc" } }),
      db.joinCode.findMany({ orderBy: { code: "asc" } }),
      db.checkIn.findMany({ orderBy: { id: "asc" } }),
    ]);
  return JSON.stringify({ wijk, pillars, actions, owners, partners, orgs, people, identities, chats, history, notes, reminders, meetings, items, decisions, holidays, codes, checkIns });
}

/** Sends as `name`, answering a yes/no question with ja and a numbered one with 1; returns all reply texts. */
async function run(c: Clone, name: string, text: string, chat = "kartrekkers"): Promise<string[]> {
  const texts: string[] = [];
  let out = await c.say(name, text, { chat });
  for (let round = 0; round < 3; round++) {
    texts.push(...out.map((m) => m.text));
    const question = out.find((m) => m.choices?.length);
    if (!question) break;
    out = await c.say(name, question.choices![0].answer, { chat });
  }
  return texts;
}

const REFUSAL = /^Alleen .*(kan|mag) /;
const FAILURE = /Er ging iets mis/;

describe.each(MATRIX)("authorisation: $command", (row) => {
  const cells = (Object.keys(ACTORS) as RoleName[]).map((role) => ({
    role,
    expected: (row.allow.includes(role) ? "allow" : row.none?.includes(role) ? "none" : "deny") as Outcome,
  }));

  /** A copy with the row's setup done; the cells that must change nothing take turns on one. */
  async function prepared(): Promise<Clone> {
    const c = await template.clone();
    for (const line of row.setup ?? []) await run(c, "Marieke", line, "stuurgroep");
    if (row.clock) c.clock.set(at(row.clock));
    return c;
  }
  let unchanged: Promise<Clone> | undefined;
  afterAll(async () => (await unchanged)?.close());

  it.each(cells)("$role → $expected", async ({ role, expected }) => {
    const own = expected === "allow";
    const c = own ? await prepared() : await (unchanged ??= prepared());
    try {
      const before = await fingerprint(c.db);
      const replies = await run(c, ACTORS[role], row.command, row.chat);
      const changed = (await fingerprint(c.db)) !== before;
      const shown = replies.join("\n");
      expect(shown).not.toMatch(FAILURE);
      if (expected === "allow") {
        expect(changed, shown).toBe(true);
        expect(replies[0], shown).not.toMatch(REFUSAL);
      } else if (expected === "deny") {
        expect(replies[0], shown).toMatch(REFUSAL);
        expect(changed, shown).toBe(false);
      } else {
        expect(replies[0], shown).not.toMatch(REFUSAL);
        expect(changed, shown).toBe(false);
      }
    } finally {
      if (own) await c.close();
    }
  });
});
