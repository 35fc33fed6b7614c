import { describe, expect, it } from "vitest";
import { renderOwnReminders, renderReminderTarget, renderWijkReminders } from "../../src/render/reminder-list.ts";
import { translator } from "../../src/i18n/index.ts";
import type { ReminderListItem } from "../../src/services/list-reminders.ts";

/** Monday 12 January 2026, 09:00 in Amsterdam. */
const now = new Date("2026-01-12T08:00:00Z");
const nl = translator("nl");
const en = translator("en");
const subsidie: ReminderListItem = { id: "r1", number: 1, text: "subsidie aanvragen", creator: "Sanne", target: { kind: "maker" }, next: new Date("2026-01-16T08:00:00Z") };
const stukken: ReminderListItem = {
  id: "r3",
  number: 3,
  text: "stukken lezen",
  creator: "Henk",
  target: { kind: "group", title: "Stuurgroep" },
  next: new Date("2026-01-19T08:00:00Z"),
  recurrence: { kind: "weekly", weekday: 1, hour: 9, minute: 0 },
};
const projectplan: ReminderListItem = { id: "r2", number: 2, text: "projectplan rondsturen", creator: "Marieke", target: { kind: "person", name: "Peter" }, next: new Date("2026-01-13T13:00:00Z") };

describe("renderReminderTarget", () => {
  it("names the group or the person; the maker is 'jou' in their own list and 'zichzelf' in the wijk's", () => {
    expect(renderReminderTarget({ kind: "group", title: "Stuurgroep" }, "own", nl)).toBe("groep Stuurgroep");
    expect(renderReminderTarget({ kind: "person", name: "Peter" }, "wijk", nl)).toBe("Peter");
    expect(renderReminderTarget({ kind: "maker" }, "own", nl)).toBe("jou");
    expect(renderReminderTarget({ kind: "maker" }, "wijk", nl)).toBe("zichzelf");
    expect(renderReminderTarget({ kind: "maker" }, "own", en)).toBe("you");
  });
});

describe("renderOwnReminders", () => {
  it("numbers the reminders with whom they are for and when they come next, a recurring one with its rule, then how to stop one", () => {
    expect(renderOwnReminders([subsidie, stukken], nl, "nl", now)).toBe(
      [
        "*Jouw herinneringen*",
        "1. subsidie aanvragen — voor jou — vr 16 jan 09:00",
        "3. stukken lezen — voor groep Stuurgroep — elke maandag om 09:00, volgende ma 19 jan 09:00",
        "Stoppen: /herinner stop <nr>",
      ].join("\n"),
    );
  });

  it("says how to set one when there are none, in the reader's language", () => {
    expect(renderOwnReminders([], nl, "nl", now)).toBe(nl("reminder.none"));
    expect(renderOwnReminders([], en, "en", now)).toBe(en("reminder.none"));
  });
});

describe("renderWijkReminders", () => {
  it("lists every reminder of the wijk with who set it", () => {
    const text = renderWijkReminders([subsidie, projectplan], "Lewenborg", nl, "nl", now);
    expect(text.split("\n")).toEqual([
      "*Alle herinneringen in Lewenborg*",
      "1. subsidie aanvragen — van Sanne voor zichzelf — vr 16 jan 09:00",
      "2. projectplan rondsturen — van Marieke voor Peter — di 13 jan 14:00",
      "Stoppen: /herinner stop <nr>",
    ]);
  });

  it("says the wijk has none", () => {
    expect(renderWijkReminders([], "Lewenborg", nl, "nl", now)).toBe("Er staan geen herinneringen in Lewenborg.");
  });
});
