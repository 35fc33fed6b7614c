import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { answerCheckInRound } from "../../src/services/answer-check-in-round.ts";
import { dutch, localize } from "../../src/i18n/index.ts";
import { AppError } from "../../src/core/errors.ts";
import type { RoundItem } from "../../src/check-in/check-in-round-items.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 60 * 60 * 1000;

/** A monthly round check-in for `name` listing the actions with these short names, closing in a week. */
async function round(name: string, shortNames: string[], extra: RoundItem[] = []) {
  const { db, wijkId, person, action, now } = demo();
  const items: RoundItem[] = [];
  for (const [i, short] of shortNames.entries()) {
    const a = await action(short);
    items.push({ n: i + 1, actionId: a.id, title: a.title });
  }
  items.push(...extra.map((e, i) => ({ ...e, n: items.length + i + 1 })));
  return db.checkIn.create({
    data: { wijkId, personId: (await person(name)).id, year: 2026, round: "month:2026-01", items: JSON.stringify(items), sentAt: now, closesAt: new Date(now.getTime() + 7 * DAY_MS) },
  });
}

/** `name` answers their check-in `checkInId` with `text`, in one transaction, at `now` unless said otherwise. */
async function answer(name: string, checkInId: string, text: string, at?: Date) {
  const { db, wijkId, person, now } = demo();
  const answerer = await person(name);
  const when = at ?? now;
  return db.$transaction((tx) =>
    answerCheckInRound(tx, { wijkId, personId: answerer.id, batchId: "b1", at: when }, { person: answerer, checkInId, text, t: dutch, lang: "nl", now: when }),
  );
}

/** The refusal in Dutch. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return localize(dutch, (error as AppError).text);
}

async function notes(shortName: string) {
  const { db, action } = demo();
  return (await db.progressNote.findMany({ where: { actionId: (await action(shortName)).id }, orderBy: { createdAt: "asc" } })).map((n) => n.text);
}

describe("answerCheckInRound", () => {
  it("notes each answer on the actions in list order and closes the check-in when all are answered", async () => {
    const { db } = demo();
    const checkIn = await round("Youssef", ["wijkwebsite", "ouderbetrokkenheid"]);
    const result = await answer("Youssef", checkIn.id, "1 2");
    expect(result).toEqual({
      noted: [
        { title: "Eén wijkwebsite", verdict: "op-koers" },
        { title: "Ouderbetrokkenheid", verdict: "loopt-achter" },
      ],
      proposed: [],
      rest: [],
      nextDeadline: null,
    });
    expect(await notes("wijkwebsite")).toEqual(["Check-in: op koers"]);
    expect(await notes("ouderbetrokkenheid")).toEqual(["Check-in: loopt achter"]);
    const stored = await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(JSON.parse(stored.answers)).toEqual({ "1": "op-koers", "2": "loopt-achter" });
    expect(stored.answeredAt).toEqual(demo().now);
  });

  it("keeps a partly answered check-in open, naming the rest and the deadline of the one asked next", async () => {
    const { db, action } = demo();
    const checkIn = await round("Youssef", ["wijkwebsite", "ouderbetrokkenheid"]);
    const first = await answer("Youssef", checkIn.id, "1");
    expect(first.rest).toEqual([{ n: 2, title: "Ouderbetrokkenheid" }]);
    expect(first.nextDeadline).toEqual((await action("ouderbetrokkenheid")).deadline);
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).answeredAt).toBeNull();
    const second = await answer("Youssef", checkIn.id, "2 wacht op de gemeente");
    expect(second.noted).toEqual([{ title: "Ouderbetrokkenheid", verdict: "loopt-achter" }]);
    expect(await notes("ouderbetrokkenheid")).toEqual(["Check-in: loopt achter — wacht op de gemeente"]);
  });

  it("sets a 'klaar' action klaar, with history, and adds no note unless one was given", async () => {
    const { db, action } = demo();
    const checkIn = await round("Youssef", ["wijkwebsite"]);
    await answer("Youssef", checkIn.id, "3");
    const site = await action("wijkwebsite");
    expect(site.status).toBe("klaar");
    expect(await db.historyEntry.count({ where: { actionId: site.id, field: "status", batchId: "b1" } })).toBe(1);
    expect(await notes("wijkwebsite")).toEqual([]);
  });

  it("proposes an agenda item in the answerer's name for 'hulp nodig'", async () => {
    const { db, wijkId, person, action } = demo();
    const checkIn = await round("Youssef", ["wijkwebsite"]);
    const result = await answer("Youssef", checkIn.id, "4 geen webbouwer");
    expect(result.proposed).toEqual(["Hulp nodig bij Eén wijkwebsite: geen webbouwer"]);
    const item = await db.agendaItem.findFirstOrThrow({ where: { wijkId, text: "Hulp nodig bij Eén wijkwebsite: geen webbouwer" } });
    expect(item).toMatchObject({ proposerId: (await person("Youssef")).id, actionId: (await action("wijkwebsite")).id, kind: "bespreking", status: "voorgesteld" });
    expect(await notes("wijkwebsite")).toEqual(["Check-in: hulp nodig — geen webbouwer"]);
  });

  it("refuses an answer after the round closed and stores nothing", async () => {
    const { now } = demo();
    const checkIn = await round("Youssef", ["wijkwebsite"]);
    const text = await refusal(answer("Youssef", checkIn.id, "1", new Date(now.getTime() + 8 * DAY_MS)));
    expect(text).toMatch(/^De check-in voor .+ is voorbij; er is niets opgeslagen\./);
    expect(await notes("wijkwebsite")).toEqual([]);
  });

  it("refuses text it cannot read, more answers than open actions, and a check-in already answered", async () => {
    const checkIn = await round("Youssef", ["wijkwebsite"]);
    expect(await refusal(answer("Youssef", checkIn.id, "prima"))).toMatch(/^Dat begrijp ik niet; er is niets opgeslagen\./);
    expect(await refusal(answer("Youssef", checkIn.id, "1 1"))).toMatch(/^Je stuurde 2 antwoorden, maar er staan er nog 1 open \(1\. Eén wijkwebsite\)/);
    expect(await notes("wijkwebsite")).toEqual([]);
    await answer("Youssef", checkIn.id, "1");
    expect(await refusal(answer("Youssef", checkIn.id, "1"))).toMatch(/^Je check-in is al helemaal beantwoord\./);
  });

  it("skips actions that are no longer the answerer's or no longer open, and says so when nothing is left", async () => {
    const { db, action, person } = demo();
    const checkIn = await round("Youssef", ["wijkwebsite", "ouderbetrokkenheid"]);
    await db.actionOwner.deleteMany({ where: { actionId: (await action("wijkwebsite")).id, personId: (await person("Youssef")).id } });
    const result = await answer("Youssef", checkIn.id, "2");
    expect(result.noted).toEqual([{ title: "Ouderbetrokkenheid", verdict: "loopt-achter" }]);
    expect(await notes("wijkwebsite")).toEqual([]);

    const later = await round("Ahmed", ["2e schil"]);
    await db.action.update({ where: { id: (await action("2e schil")).id }, data: { status: "gestopt" } });
    expect(await refusal(answer("Ahmed", later.id, "1"))).toBe(
      "Je check-in is al helemaal beantwoord. Iets aanvullen kan met /actie update <naam> <wat er gebeurd is>. *Vreedzaam breder trekken naar de 2e schil* is niet meer jouw actie, dus die hoort niet meer bij je check-in.",
    );
  });

  it("lets a stand-in answer for the absent owner only while still standing in", async () => {
    const { db, wijkId, person, action, now } = demo();
    const [joke, henk] = [await person("Joke"), await person("Henk")];
    const cb = await action("betrokkenheid cb");
    const forJoke: RoundItem = { n: 0, actionId: cb.id, title: cb.title, for: joke.id };
    const absence = await db.absence.create({ data: { wijkId, personId: joke.id, standInId: henk.id, startsAt: now, lastDay: new Date(now.getTime() + 14 * DAY_MS) } });
    const checkIn = await round("Henk", [], [forJoke]);
    expect((await answer("Henk", checkIn.id, "2")).noted).toEqual([{ title: cb.title, verdict: "loopt-achter" }]);

    await db.absence.update({ where: { id: absence.id }, data: { standInId: null } });
    const next = await db.checkIn.create({ data: { wijkId, personId: henk.id, year: 2026, round: "month:2026-02", items: JSON.stringify([{ ...forJoke, n: 1 }]), sentAt: now } });
    expect(await refusal(answer("Henk", next.id, "1"))).toMatch(/Voor \*Verhoogde betrokkenheid CB en GGD\* ben je geen vervanger meer/);
  });
});
