import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { commands } from "../../commands/index.ts";
import { CommandRouter } from "../../src/core/router.ts";

/** Words that only a Dutch reply contains; an English reader must never see them. */
const DUTCH_ONLY = [
  "staat op", "Eigenaar", "Zo werkt het", "Bijvoorbeeld", "Alleen de", "Typ ", "Ik ken", "Je hebt", "Noem ", "Wie is wie",
  "Zonder pijler", "elke ", " om 09:00", "Agenda stuurgroep", "Stand per pijler", "nog geen update", "(bespreking", "(besluit", "Nieuws van het wijkplan",
  "Neem contact op", "Verbindingen", "Nog te versturen", "Afgeleverd",
];

/**
 * One representative line per command, typed with English command words by the coördinator
 * (Marieke) after /language en; in order, so later lines can use what earlier ones made.
 */
const LINES = [
  "/action new Buurtfeest in het park",
  "/action update buurtfeest tent reserved",
  "/action deadline buurtfeest 15 maart",
  "/action owner buurtfeest @Ahmed",
  "/action reach buurtfeest 250",
  "/action budget buurtfeest planned 2500",
  "/action age buurtfeest 12+",
  "/action partner buurtfeest Waterbedrijf Groningen",
  "/action pillar buurtfeest Gezond",
  "/action rename buurtfeest to Buurtfeest bij de school",
  "/action started buurtfeest",
  "/action park buurtfeest",
  "/action stop buurtfeest",
  "/action done buurtfeest",
  "/action info buurtfeest",
  "/undo",
  "/action delete buurtfeest",
  "/actions mine",
  "/actions overdue",
  "/action new Losse actie zonder thema",
  "/overview",
  "/overview pin",
  "/overview new-link",
  "/who",
  "/who Gezond",
  "/me",
  "/role @Sanne aanjager Gezond",
  "/link ABCDEFGH",
  "/me link",
  "/my data",
  "/forget me",
  "/pillar new Sport",
  "/pillar rename Sport to Bewegen",
  "/handover @Joke @Fatima",
  "/leave @Joke",
  "/yearplan",
  "/check",
  "/checkin",
  "/away until 15 maart",
  "/away",
  "/away back",
  "/date poll 12 feb 19:30, 19 feb 19:30",
  "/date poll vote 1",
  "/date poll choose 1",
  "/report",
  "/language",
  "/remind me bel de gemeente morgen 10:00",
  "/remind group weekly check-in every first monday of the month 9am",
  "/reminders",
  "/remind stop 1",
  "/snooze 2e schil maandag",
  "/holiday",
  "/weekly on",
  "/monthly",
  "/meeting new 12 maart 19:30 De Kiosk",
  "/meetings",
  "/agenda add Sportdag evalueren",
  "/agenda add Budget 2026 decision action losse actie",
  "/agenda",
  "/agenda order 1",
  "/agenda accept 1",
  "/agenda defer 1",
  "/agenda done 1",
  "/decision Sportdag gaat door",
  "/decision list",
  "/meeting close",
  "/status",
  "/help",
  "/help action new",
];

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.say("Marieke", "/language en");
});
afterAll(async () => h.close());

describe("English replies for a person who chose /language en", () => {
  it("the lines below reach every command, through English command words", () => {
    const router = new CommandRouter(commands);
    const reached = new Set(LINES.map((line) => {
      const route = router.route(line.slice(1));
      return route.kind === "command" ? route.routed.command.name : `not a command: ${line}`;
    }));
    expect([...reached].filter((name) => name.startsWith("not a command"))).toEqual([]);
    expect(commands.map((c) => c.name).filter((name) => !reached.has(name))).toEqual([]);
  });

  it.each(LINES)("%s answers in English", async (line) => {
    const replies = await h.say("Marieke", line);
    await h.db.pendingPrompt.deleteMany();
    expect(replies.join("\n").trim()).not.toBe("");
    for (const reply of replies) {
      for (const word of DUTCH_ONLY) expect({ line, reply, dutch: reply.includes(word) }).toEqual({ line, reply, dutch: false });
    }
  });
});
