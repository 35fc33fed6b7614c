import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import { telegramDriver } from "./drivers/telegram-driver.ts";
import { at } from "../scheduler/helpers.ts";

describe("telegram: a deadline reminder answered with a button", () => {
  const driver = telegramDriver();
  let h: Harness;
  beforeEach(async () => {
    h = await driver.start();
    await driver.bindChat();
    await h.db.action.updateMany({ data: { deadline: null } });
    await h.app.scheduler.init(h.clock.now());
  });
  afterEach(async () => driver.stop());

  it("carries ✅ Klaar · 🔧 Bezig · ⏰ Volgende week · 📅 Nieuwe datum; a press marks the action klaar, with history and undo", async () => {
    await driver.sendText("Kim", "/actie nieuw Buurtfeest plannen pijler Gezond");
    await driver.sendText("Kim", "/actie deadline buurtfeest 9 januari");
    await driver.replies();
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-08 12:00"));
    const stored = driver.server().storage.botMessages.at(-1)!;
    const reminder = stored.message as { text: string; reply_markup: { inline_keyboard: { text: string; callback_data: string }[][] } };
    expect(reminder.text).toContain("Buurtfeest plannen");
    const buttons = reminder.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(["✅ Klaar", "🔧 Bezig", "⏰ Volgende week", "📅 Nieuwe datum"]);
    // The data is an opaque id the bot looks up (the question's reference and a key per button), never the action's id.
    const action = await h.db.action.findFirstOrThrow({ where: { title: "Buurtfeest plannen" } });
    for (const b of buttons) {
      expect(b.callback_data).toMatch(/^[0-9a-z]{4}[\w-]{8}\.[\w-]{4}$/);
      expect(b.callback_data).not.toContain(action.id);
    }
    await driver.replies();

    await driver.sendChoice!("Kim", "1");
    expect((await h.db.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("klaar");
    expect(await h.db.historyEntry.count({ where: { actionId: action.id, field: "status", toValue: "klaar" } })).toBe(1);
    expect((await driver.replies()).join("\n")).toContain("klaar");

    // A second press (the buttons were already gone: a double tap in flight) changes nothing and says how things stand.
    const before = driver.server().storage.botMessages.length;
    const kim = driver.server().getClient("123456:TEST-TOKEN", { userId: 5000, firstName: "Kim", userName: "kim", chatId: -1001, type: "group", chatTitle: "Werkgroep Lewenborg" });
    const reminderId = stored.messageId;
    const settled = driver.callbackSettled();
    await kim.sendCallback(kim.makeCallbackQuery(buttons[0].callback_data, { message: { message_id: reminderId } }));
    await settled;
    await vi.waitFor(() => expect(driver.server().storage.botMessages.length).toBeGreaterThan(before), { timeout: 5000 });
    expect((await driver.replies()).join("\n")).toContain("stond al op klaar");
    expect(await h.db.historyEntry.count({ where: { actionId: action.id, field: "status", toValue: "klaar" } })).toBe(1);

    await driver.sendText("Kim", "/ongedaan");
    // (The extra press above went round the driver's count, so wait for the undo itself.)
    await vi.waitFor(async () => expect((await h.db.action.findUniqueOrThrow({ where: { id: action.id } })).status).not.toBe("klaar"), { timeout: 5000 });
  });
});
