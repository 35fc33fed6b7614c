import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import { teamsDriver } from "./drivers/teams-driver.ts";

/**
 * Universal Actions through the real CloudAdapter (no app id, a local fake Bot Connector): a
 * tap on an Action.Execute button arrives as an `adaptiveCard/action` invoke, runs the command
 * the button stands for, and is answered with the refreshed card, which also replaces the card
 * for everyone else in the chat.
 */
describe("teams: Action.Execute buttons", () => {
  const driver = teamsDriver();
  let h: Harness;
  type Action = { type: string; verb: string; title: string; data: Record<string, string> };
  let question: { id: string; actions: Action[] };

  const status = async (title: string) => (await h.db.action.findFirstOrThrow({ where: { title } })).status;

  beforeAll(async () => {
    h = await driver.start();
    await driver.bindChat();
    await driver.sendText("Kim", "/actie nieuw Speeltuin opknappen pijler Gezond");
    await driver.sendText("Kim", "/actie nieuw Speeltuin verlichting pijler Gezond");
    await driver.sendText("Kim", "/actie klaar speeltuin");
    const calls = driver.connector().calls;
    const posted = calls.filter((c) => (c.body?.attachments as unknown[] | undefined)?.length).at(-1)!;
    const card = (posted.body!.attachments as { content: { actions: Action[] } }[])[0].content;
    question = { id: `bot-msg-${calls.indexOf(posted) + 1}`, actions: card.actions };
    await driver.replies();
  });
  afterAll(async () => driver.stop());

  it("numbered choices carry Action.Execute buttons whose data is an opaque id, never an action's", async () => {
    expect(question.actions.map((a) => [a.type, a.title])).toEqual([
      ["Action.Execute", "Speeltuin opknappen (Gezond)"],
      ["Action.Execute", "Speeltuin verlichting (Gezond)"],
    ]);
    const ids = (await h.db.action.findMany({ select: { id: true } })).map((a) => a.id);
    for (const a of question.actions) {
      expect(Object.keys(a.data)).toEqual(["wijkbotButton"]);
      expect(ids.some((id) => a.data.wijkbotButton.includes(id))).toBe(false);
    }
  });

  it("someone else's tap gets a message only they see; the card and the actions stay as they were", async () => {
    const before = driver.connector().calls.length;
    const response = await driver.press("Lisa", question.actions[1], question.id);
    expect(response).toEqual({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "Deze vraag was voor Kim; er is niets veranderd." });
    expect(await status("Speeltuin verlichting")).toBe("gepland");
    expect(driver.connector().calls.length).toBe(before);
  });

  it("a forged id gets a short Dutch message and changes nothing", async () => {
    const response = await driver.press("Kim", { verb: "wijkbot.press", data: { wijkbotButton: "klaar-alles" } }, question.id);
    expect(response.value).toBe("Deze knop ken ik niet. Typ het commando zelf, bijvoorbeeld /actie klaar <naam>.");
    expect(await status("Speeltuin opknappen")).toBe("gepland");
    expect(await status("Speeltuin verlichting")).toBe("gepland");
  });

  it("the asker's tap runs the command (history, the same reply) and returns the refreshed card, updated for everyone", async () => {
    const response = await driver.press("Kim", question.actions[1], question.id);
    expect(await status("Speeltuin verlichting")).toBe("klaar");
    expect(await status("Speeltuin opknappen")).toBe("gepland");
    const action = await h.db.action.findFirstOrThrow({ where: { title: "Speeltuin verlichting" } });
    expect(await h.db.historyEntry.count({ where: { actionId: action.id, field: "status", toValue: "klaar" } })).toBe(1);
    const refreshed = { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "Speeltuin verlichting (Gezond) — gekozen door Kim", wrap: true }] };
    expect(response).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: refreshed });
    expect((response.value as { actions?: unknown }).actions).toBeUndefined();
    // Everyone else sees it too: the card's message is replaced at the connector.
    const update = driver.connector().calls.find((c) => c.method === "PUT" && c.url.endsWith(`/activities/${question.id}`));
    expect(update?.body).toMatchObject({ attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: refreshed }] });
    expect(await driver.replies()).toContain("✅ Speeltuin verlichting (Gezond) staat op klaar. Eigenaar: Kim.");
  });

  it("a second tap changes nothing and the card says how things stand", async () => {
    const response = await driver.press("Kim", question.actions[1], question.id);
    expect((response.value as { body: { text: string }[] }).body[0].text).toContain("stond al op klaar");
    const action = await h.db.action.findFirstOrThrow({ where: { title: "Speeltuin verlichting" } });
    expect(await h.db.historyEntry.count({ where: { actionId: action.id, field: "status", toValue: "klaar" } })).toBe(1);
  });
});
