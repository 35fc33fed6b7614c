import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import { TEST_BOT_TOKEN, telegramDriver } from "./drivers/telegram-driver.ts";
import { visibleText } from "./drivers/support.ts";
import { at } from "../scheduler/helpers.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { createJoinCode } from "../../src/services/create-join-code.ts";

/**
 * What a press on a reminder's button does on Telegram, seen at the Bot API: the callback
 * query is answered (a private alert when nothing changed), and the reminder is edited to say
 * what was done and by whom. telegram-test-api stores edits but not answerCallbackQuery, so
 * every Bot API call the bot makes is recorded on its way out (grammY's API transformer).
 */
describe("telegram: what a button press shows", () => {
  const driver = telegramDriver();
  const GROUP = -1001;
  const OTHER = -1002;
  const users = { Kim: 5000, Lisa: 5001 } as const;
  let h: Harness;
  let calls: { method: string; payload: Record<string, unknown> }[];
  let reminder: { messageId: number; message: Record<string, unknown> };
  let buttons: { text: string; callback_data: string }[];
  let actionId: string;

  const status = async () => (await h.db.action.findUniqueOrThrow({ where: { id: actionId } })).status;
  const klaarEntries = () => h.db.historyEntry.count({ where: { actionId, field: "status", toValue: "klaar" } });
  const answers = () => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload);
  const edits = () => calls.filter((c) => c.method === "editMessageText" || c.method === "editMessageReplyMarkup");
  const groupMessages = () => driver.server().storage.botMessages.filter((m) => String(m.message.chat_id) === String(GROUP)).length;

  /** A press as Telegram delivers it: the reminder's text comes along as plain text with its entities. */
  async function press(who: keyof typeof users, data: string, chatId = GROUP) {
    const before = answers().length;
    const settled = driver.callbackSettled();
    const client = driver.server().getClient(TEST_BOT_TOKEN, { userId: users[who], firstName: who, userName: who.toLowerCase(), chatId, type: "group", chatTitle: "Werkgroep" });
    const text = visibleText(String(reminder.message.text));
    const title = text.indexOf("Buurtfeest plannen");
    const message = { message_id: reminder.messageId, text, entities: [{ type: "bold", offset: title, length: "Buurtfeest plannen".length }] };
    await client.sendCallback(client.makeCallbackQuery(data, { message }));
    await settled;
    expect(answers()).toHaveLength(before + 1);
    await h.app.outbox.idle();
    return answers().at(-1)!;
  }

  beforeAll(async () => {
    h = await driver.start();
    await driver.bindChat();
    await driver.sendText("Lisa", "/help");
    await h.db.action.updateMany({ data: { deadline: null } });
    await h.app.scheduler.init(h.clock.now());
    await driver.sendText("Kim", "/actie nieuw Buurtfeest plannen pijler Gezond");
    await driver.sendText("Kim", "/actie deadline buurtfeest 9 januari");
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-08 12:00"));
    await h.app.outbox.idle();
    const stored = driver.server().storage.botMessages.at(-1)!;
    reminder = { messageId: Number(stored.messageId), message: stored.message as Record<string, unknown> };
    buttons = (reminder.message.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    actionId = (await h.db.action.findFirstOrThrow({ where: { title: "Buurtfeest plannen" } })).id;
    calls = [];
    driver.adapter().bot.api.config.use((prev, method, payload, signal) => {
      calls.push({ method, payload: payload as Record<string, unknown> });
      return prev(method, payload, signal);
    });
  });
  afterAll(async () => driver.stop());

  it("someone who may not change the action gets a short private alert; the reminder and the action stay as they were", async () => {
    const messagesBefore = groupMessages();
    const answer = await press("Lisa", buttons[0].callback_data);
    expect(answer).toMatchObject({ show_alert: true });
    expect(answer.text).toBe('Alleen Kim (eigenaar), de aanjager van Gezond of de coördinator kan "Buurtfeest plannen" wijzigen.');
    expect(await status()).not.toBe("klaar");
    expect(groupMessages()).toBe(messagesBefore);
    expect(edits()).toEqual([]);
    expect((reminder.message.reply_markup as { inline_keyboard: unknown[][] }).inline_keyboard.flat()).toHaveLength(4);
  });

  it("a forged callback data string gets a short Dutch alert and changes nothing", async () => {
    const messagesBefore = groupMessages();
    const [ref] = buttons[0].callback_data.split(".");
    for (const forged of [`${ref}.AAAA`, "0fsdAAAAAAAA.AAAA", `1|${ref}`.replace(ref, "AAAAAAAA"), `klaar ${actionId}`]) {
      const answer = await press("Kim", forged);
      expect(answer).toMatchObject({ show_alert: true, text: "Deze knop ken ik niet. Typ het commando zelf, bijvoorbeeld /actie klaar <naam>." });
    }
    expect(await status()).not.toBe("klaar");
    expect(groupMessages()).toBe(messagesBefore);
    expect(edits()).toEqual([]);
  });

  it("the reminder's button pressed in another wijk's chat gets a short Dutch alert and changes nothing", async () => {
    const { wijk } = await createWijk(h.db, { name: "Paddepoel", pillars: [{ name: "Inclusie" }] });
    const code = await createJoinCode(h.db, { wijkId: wijk.id, kind: "kartrekkers", now: h.clock.now() });
    await driver.sendText("Kim", `/koppel ${code.code}`, { chat: "other" });
    const answer = await press("Kim", buttons[0].callback_data, OTHER);
    expect(answer).toMatchObject({ show_alert: true, text: "Deze knop hoort bij een andere wijk; hier verandert er niets." });
    expect(await status()).not.toBe("klaar");
    expect(edits()).toEqual([]);
  });

  it("the owner's press is answered, and the reminder is edited to say what was done and by whom, without its buttons", async () => {
    const answer = await press("Kim", buttons[0].callback_data);
    expect(answer).toMatchObject({ show_alert: false, text: "✅ Klaar gezet door Kim" });
    expect(await status()).toBe("klaar");
    expect(await klaarEntries()).toBe(1);
    const [edit] = edits();
    expect(edit.method).toBe("editMessageText");
    expect(edit.payload).toMatchObject({ chat_id: String(GROUP), message_id: reminder.messageId, reply_markup: { inline_keyboard: [] } });
    expect(String(edit.payload.text)).toMatch(/Buurtfeest plannen[\s\S]*\n\n✅ Klaar gezet door Kim$/);
    // The reminder's formatting stays: the same entities, the outcome added below.
    expect(edit.payload.entities).toEqual([{ type: "bold", offset: expect.any(Number), length: "Buurtfeest plannen".length }]);
    const stored = driver.server().storage.botMessages.find((m) => Number(m.messageId) === reminder.messageId)!;
    expect(stored.message.reply_markup).toEqual({ inline_keyboard: [] });
    expect(String(stored.message.text)).toContain("✅ Klaar gezet door Kim");
  });

  it("a second press (a double tap in flight) changes nothing and says how things stand", async () => {
    const textEdits = () => edits().filter((c) => c.method === "editMessageText").length;
    const before = textEdits();
    const answer = await press("Kim", buttons[0].callback_data);
    expect(answer).toMatchObject({ show_alert: false });
    expect(answer.text).toContain("stond al op klaar");
    expect(await klaarEntries()).toBe(1);
    // The reminder still says who did it.
    expect(textEdits()).toBe(before);
  });

  it("a button older than 30 days has expired: a short Dutch alert, nothing changes", async () => {
    h.clock.set(at("2026-02-08 12:00"));
    const answer = await press("Kim", buttons[1].callback_data);
    expect(answer).toMatchObject({ show_alert: true, text: "Deze knop is verlopen (knoppen werken 30 dagen). Typ het commando zelf, bijvoorbeeld /actie klaar <naam>." });
    expect(await status()).toBe("klaar");
  });
});
