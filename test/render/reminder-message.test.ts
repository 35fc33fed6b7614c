import { describe, expect, it } from "vitest";
import { renderReminderMessage } from "../../src/render/reminder-message.ts";
import { translator } from "../../src/i18n/index.ts";

describe("renderReminderMessage", () => {
  it("says only the text of a reminder someone set for themselves", () => {
    expect(renderReminderMessage({ text: "subsidie aanvragen", from: null }, translator("nl"))).toBe("⏰ Herinnering: subsidie aanvragen");
  });

  it("says who set it when that was someone else, in the reader's language", () => {
    expect(renderReminderMessage({ text: "projectplan rondsturen", from: "Marieke" }, translator("nl"))).toBe("⏰ Herinnering van Marieke: projectplan rondsturen");
    expect(renderReminderMessage({ text: "projectplan rondsturen", from: "Marieke" }, translator("en"))).toBe("⏰ Reminder from Marieke: projectplan rondsturen");
  });
});
