import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import { teamsDriver } from "./drivers/teams-driver.ts";
import { bindStuurgroepChat } from "./drivers/support.ts";

/**
 * The datumprikker on Teams through the real CloudAdapter (no app id, a local fake Bot
 * Connector): the poll goes up as an Adaptive Card with the options as checkboxes and one
 * Action.Execute button carrying only the poll's opaque ref; a vote arrives as an
 * `adaptiveCard/action` invoke with the ticked options merged into the button's data (as
 * Teams does), runs as the typed `/datumprikker stem …`, and is answered with the refreshed
 * card, which also replaces the card for everyone in the chat.
 */
describe("teams: the datumprikker as an Adaptive Card", () => {
  const driver = teamsDriver();
  let h: Harness;
  type Action = { type: string; verb: string; title: string; data: Record<string, string> };
  type Card = { body: { type: string; text?: string; id?: string; isMultiSelect?: boolean; choices?: { title: string; value: string }[] }[]; actions?: Action[] };
  let card: { id: string; content: Card; url: string };
  /** What the bot posted for /datumprikker. */
  let postedForPoll: { text?: unknown; attachments?: unknown[] }[];

  const votesOf = async (name: string) =>
    (await h.db.datePollVote.findMany({ where: { person: { displayName: name } }, include: { option: true } })).map((v) => v.option.position).sort();
  const vote = (from: string, choice: string | undefined, data: Record<string, string> = card.content.actions![0].data) =>
    driver.press(from, { verb: "wijkbot.poll", data: { ...data, ...(choice === undefined ? {} : { wijkbotPollChoice: choice }) } }, card.id, { chat: "other" });
  const puts = () => driver.connector().calls.filter((c) => c.method === "PUT");
  const texts = (card: unknown) => ((card as Card).body ?? []).filter((b) => b.type === "TextBlock").map((b) => b.text);

  beforeAll(async () => {
    h = await driver.start();
    await driver.bindChat();
    // The second channel becomes the stuurgroep chat; Greet (who binds it) is its voorzitter.
    await bindStuurgroepChat(driver, h, "Greet");
    const start = driver.connector().calls.length;
    await driver.sendText("Greet", "/datumprikker 12 feb 19:30, 19 feb 19:30, 26 feb 16:00 wijkcentrum De Kiosk", { chat: "other" });
    const calls = driver.connector().calls;
    postedForPoll = calls.slice(start).filter((c) => c.method === "POST" && c.body?.type === "message").map((c) => c.body as { text?: unknown; attachments?: unknown[] });
    await driver.replies();
    const posted = calls.filter((c) => (c.body?.attachments as unknown[] | undefined)?.length).at(-1)!;
    card = { id: `bot-msg-${calls.indexOf(posted) + 1}`, content: (posted.body!.attachments as { content: Card }[])[0].content, url: posted.url };
  });
  afterAll(async () => driver.stop());

  it("goes up in the stuurgroep channel as a card: the options as checkboxes, one Action.Execute whose data is only the opaque ref", async () => {
    expect(card.url).toContain(encodeURIComponent("19:buurtapp@thread.tacv2"));
    expect(texts(card.content)).toEqual([
      "Datumprikker stuurgroep — wijkcentrum De Kiosk: wanneer kun je?",
      "1. do 12 feb 19:30 — 0",
      "2. do 19 feb 19:30 — 0",
      "3. do 26 feb 16:00 — 0",
      expect.stringMatching(/^Nog niet gestemd: .*Greet/),
    ]);
    const input = card.content.body.find((b) => b.type === "Input.ChoiceSet")!;
    expect(input).toMatchObject({ id: "wijkbotPollChoice", isMultiSelect: true });
    expect(input.choices).toEqual([
      { title: "do 12 feb 19:30", value: "1" },
      { title: "do 19 feb 19:30", value: "2" },
      { title: "do 26 feb 16:00", value: "3" },
    ]);
    const poll = await h.db.datePoll.findFirstOrThrow({ include: { options: true } });
    expect(card.content.actions).toEqual([{ type: "Action.Execute", verb: "wijkbot.poll", title: "Stemmen", data: { wijkbotPoll: poll.ref } }]);
    for (const id of [poll.id, ...poll.options.map((o) => o.id)]) expect(poll.ref).not.toContain(id);
    // The card is the poll: one message, no numbered text beside it (only as the card's fallback).
    expect(postedForPoll).toHaveLength(1);
    expect(postedForPoll[0].text).toBeUndefined();
    expect((card.content as { fallbackText?: string }).fallbackText).toContain("Stuur 1, 2 en/of 3");
  });

  it("a vote for two options records them, returns the refreshed card with the names, and replaces the card for everyone", async () => {
    const response = await vote("Wim", "1,3");
    expect(await votesOf("Wim")).toEqual([1, 3]);
    expect(response).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const refreshed = texts(response.value);
    expect(refreshed.slice(1, 4)).toEqual(["1. do 12 feb 19:30 — 1 (Wim)", "2. do 19 feb 19:30 — 0", "3. do 26 feb 16:00 — 1 (Wim)"]);
    expect((response.value as Card).actions?.[0].data).toEqual(card.content.actions![0].data);
    // Everyone else sees it too: the card's message is replaced at the connector with the same card.
    const update = puts().at(-1);
    expect(update?.url.endsWith(`/activities/${card.id}`)).toBe(true);
    expect(update?.body).toMatchObject({ attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: response.value }] });
    // No chat message about the vote itself (the card shows it); a newcomer gets the usual one-time welcome.
    expect((await driver.replies()).filter((r) => !r.startsWith("Welkom"))).toEqual([]);

    const second = await vote("Joost", "2");
    expect(await votesOf("Joost")).toEqual([2]);
    expect(texts(second.value).slice(1, 4)).toEqual(["1. do 12 feb 19:30 — 1 (Wim)", "2. do 19 feb 19:30 — 1 (Joost)", "3. do 26 feb 16:00 — 1 (Wim)"]);
    expect(puts()).toHaveLength(2);

    // Nothing ticked: the vote is withdrawn (as typing /datumprikker stem geen).
    const none = await vote("Joost", undefined);
    expect(await votesOf("Joost")).toEqual([]);
    expect(texts(none.value)[2]).toBe("2. do 19 feb 19:30 — 0");
    expect(puts()).toHaveLength(3);
  });

  it("an option that does not exist, a forged ref or forged choices get a short Dutch answer only the voter sees, and change nothing", async () => {
    const before = driver.connector().calls.length;
    const missing = await vote("Wim", "2,7");
    expect(missing).toEqual({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: expect.stringContaining("Optie 7 bestaat niet in deze datumprikker") });
    const forged = await vote("Wim", "2", { wijkbotPoll: "AAAAAAAA" });
    expect(forged.value).toBe("Die datumprikker bestaat niet meer. Typ /datumprikker voor wat er openstaat.");
    const junk = await vote("Wim", "2;/actie klaar alles");
    expect(junk.type).toBe("application/vnd.microsoft.activity.message");
    expect(await votesOf("Wim")).toEqual([1, 3]);
    expect(driver.connector().calls.length).toBe(before);
  });

  it("a vote on a closed poll gets a short answer and changes nothing", async () => {
    await driver.sendText("Greet", "/datumprikker kies 1", { chat: "other" });
    expect((await driver.replies()).join("\n")).toContain("Stuurgroep gepland: do 12 feb 19:30");
    const before = driver.connector().calls.length;
    const response = await vote("Wim", "2");
    expect(response).toEqual({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: expect.stringContaining("al gesloten") });
    expect(await votesOf("Wim")).toEqual([1, 3]);
    expect(driver.connector().calls.length).toBe(before);
  });
});
