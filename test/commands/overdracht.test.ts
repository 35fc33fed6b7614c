import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const person = (name: string) => h.db.person.findFirstOrThrow({ where: { displayName: name } });

describe("/overdracht", () => {
  it("reads the names with the words around them: '/overdracht alle acties van youssef naar ahmed'", async () => {
    const question = await h.say("Marieke", "/overdracht alle acties van youssef naar ahmed");
    expect(question[0]).toMatch(/^Dit gaat van Youssef naar Ahmed:\n- Acties \(2\): Eén wijkwebsite, Ouderbetrokkenheid/);
  });

  it("moves open actions, reminders and agenda items in one go, with history, after ja", async () => {
    const youssef = await person("Youssef");
    const ahmed = await person("Ahmed");
    const website = await h.db.action.findFirstOrThrow({ where: { title: "Eén wijkwebsite" } });
    await h.db.reminder.create({ data: { wijkId: h.wijkId, targetPersonId: youssef.id, actionId: website.id, text: "offerte opvragen", nextAt: new Date("2026-02-01T08:00:00Z") } });
    await h.db.agendaItem.create({ data: { wijkId: h.wijkId, proposerId: youssef.id, text: "Wijkwebsite: keuze bouwer", actionId: website.id } });

    const question = await h.say("Marieke", "/overdracht @Youssef @Ahmed");
    expect(question[0]).toBe(
      "Dit gaat van Youssef naar Ahmed:\n- Acties (2): Eén wijkwebsite, Ouderbetrokkenheid\n- Herinneringen: 1\n- Agendapunten: 1\nKlopt dat?\nAntwoord met *ja* om door te gaan of *nee* om te stoppen.",
    );
    expect(await h.db.actionOwner.count({ where: { personId: youssef.id } })).toBe(2);

    await h.say("Marieke", "ja");
    expect(await h.db.actionOwner.count({ where: { personId: youssef.id } })).toBe(0);
    expect((await h.db.actionOwner.findMany({ where: { actionId: website.id } })).map((o) => o.personId)).toEqual([ahmed.id]);
    expect((await h.db.reminder.findFirstOrThrow({ where: { actionId: website.id } })).targetPersonId).toBe(ahmed.id);
    expect((await h.db.agendaItem.findFirstOrThrow({ where: { actionId: website.id } })).proposerId).toBe(ahmed.id);
    const history = await h.db.historyEntry.findFirstOrThrow({ where: { actionId: website.id, field: "owners" }, include: { person: true } });
    expect(history).toMatchObject({ fromValue: youssef.id, toValue: ahmed.id });
    expect(history.person?.displayName).toBe("Marieke");
  });

  it("tells both people privately (or with a mention when they have no private chat)", async () => {
    await h.say("Ahmed", "/ik", { chat: "dm" });
    await h.say("Marieke", "/overdracht @Youssef @Ahmed");
    const out = await h.send("Marieke", "ja");
    expect(out.map((m) => m.chatId)).toEqual(["kartrekkers", "kartrekkers", "dm:ahmed"]);
    expect(out[1].text).toBe("@Youssef Je werk is overgedragen aan Ahmed: Eén wijkwebsite, Ouderbetrokkenheid. Dank je wel!");
  });

  it("takes names with spaces, and a pillar after the second name", async () => {
    await h.say("Sanne", "/ik Sanne de Vries, Kids2b kinderopvang");
    await h.say("Ahmed", "/ik Ahmed el Amrani");
    const whole = await h.say("Marieke", "/overdracht @Sanne de Vries @Ahmed el Amrani");
    expect(whole[0]).toMatch(/^Dit gaat van Sanne de Vries naar Ahmed el Amrani:\n- Acties \(2\)/);
    const inPillar = await h.say("Marieke", "/overdracht @Sanne de Vries @Ahmed el Amrani Kansrijk");
    expect(inPillar[0]).toMatch(/^Dit gaat van Sanne de Vries naar Ahmed el Amrani in Kansrijk:/);
    await h.say("Marieke", "ja");
    const ahmed = await person("Ahmed el Amrani");
    const kiem = await h.db.action.findFirstOrThrow({ where: { title: "Kindteams (KIEM) ook voorschools" } });
    expect((await h.db.actionOwner.findMany({ where: { actionId: kiem.id } })).map((o) => o.personId)).toEqual([ahmed.id]);
  });

  it("nee, or someone without the right, changes nothing", async () => {
    const before = await snapshotCounts(h.db);
    await h.say("Marieke", "/overdracht @Youssef @Ahmed");
    expect(await h.say("Marieke", "nee")).toEqual(["Oké, ik heb niets veranderd."]);
    expect(await h.say("Lisa", "/overdracht @Youssef @Ahmed")).toEqual(["Alleen de coördinator, of een aanjager binnen de eigen pijler, kan werk overdragen."]);
    expect(await h.say("Joke", "/overdracht @Youssef @Ahmed Vreedzaam")).toEqual(["Alleen de coördinator, of een aanjager binnen de eigen pijler, kan werk overdragen."]);
    // An aanjager hands over within their own pillar by default.
    expect(await h.say("Joke", "/overdracht @Youssef @Ahmed")).toEqual(["Youssef heeft niets open in Gezond om over te dragen."]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
