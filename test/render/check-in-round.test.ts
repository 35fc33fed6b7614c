import { describe, expect, it } from "vitest";
import {
  renderCheckInRoundAnswer,
  renderCheckInRoundAnswers,
  renderCheckInRoundInvite,
  renderCheckInRoundReminder,
  renderCheckInRoundState,
  renderRoundList,
  renderRoundTitle,
} from "../../src/render/check-in-round.ts";
import { dutch, translator } from "../../src/i18n/index.ts";
import type { CheckInRoundList } from "../../src/check-in/check-in-round-items.ts";

/** Monday 2 February 2026, 09:00 in Amsterdam. */
const now = new Date("2026-02-02T08:00:00Z");
const t = translator("nl");
const meeting = new Date("2026-02-17T18:30:00Z");
const youssef = { personId: "p-youssef", name: "Youssef", lastDay: new Date("2026-03-05T23:00:00Z") };
const list: CheckInRoundList = {
  lang: "nl",
  round: "meeting:m1",
  meetingStartsAt: meeting,
  items: [
    { n: 1, title: "Buurtmoestuin", deadline: new Date("2026-02-13T23:00:00Z") },
    { n: 2, title: "Watertappunt", deadline: null },
    { n: 3, title: "Eén wijkwebsite", deadline: null, for: youssef },
  ],
};

describe("renderRoundTitle", () => {
  it("names the meeting the round is for, or the month of a monthly round", () => {
    expect(renderRoundTitle(list, t, "nl", now)).toBe("🧭 *Check-in voor de stuurgroep van di 17 feb 19:30*");
    expect(renderRoundTitle({ round: "month:2026-03", meetingStartsAt: null }, t, "nl", now)).toBe("🧭 *Check-in van maart 2026*");
  });
});

describe("renderRoundList", () => {
  it("numbers the actions, with a deadline where given, and puts the absent owner's under 'Voor …'", () => {
    expect(renderRoundList(list.items, t, "nl", now).split("\n")).toEqual([
      dutch("round.item", { n: 1, title: "Buurtmoestuin", deadline: " (za 14 feb)" }),
      dutch("round.item", { n: 2, title: "Watertappunt", deadline: "" }),
      dutch("absence.onBehalf", { name: "Youssef", day: "6 mrt" }),
      dutch("round.item", { n: 3, title: "Eén wijkwebsite", deadline: "" }),
    ]);
  });

  it("says '?' for an absent owner who is no longer there", () => {
    expect(renderRoundList([{ n: 1, title: "X", deadline: null, for: { ...youssef, name: null } }], t, "nl", now)).toContain(dutch("absence.onBehalf", { name: "?", day: "6 mrt" }));
  });
});

describe("renderCheckInRoundInvite and renderCheckInRoundReminder", () => {
  it("asks about 'your' actions when some are the person's own, 'these' when all are someone else's", () => {
    const how = dutch("round.how");
    expect(renderCheckInRoundInvite(list, t, "nl", now)).toBe(
      dutch("round.invite", { title: renderRoundTitle(list, t, "nl", now), list: renderRoundList(list.items, t, "nl", now), how }),
    );
    const forOnly = { ...list, items: list.items.slice(2) };
    expect(renderCheckInRoundInvite(forOnly, t, "nl", now)).toBe(
      dutch("round.inviteFor", { title: renderRoundTitle(list, t, "nl", now), list: renderRoundList(forOnly.items, t, "nl", now), how }),
    );
  });

  it("reminds with the title inside the sentence, without its compass and bold", () => {
    expect(renderCheckInRoundReminder(list, t, "nl", now)).toBe(
      dutch("round.reminder", { title: "Check-in voor de stuurgroep van di 17 feb 19:30", list: renderRoundList(list.items, t, "nl", now), how: dutch("round.how") }),
    );
  });
});

describe("renderCheckInRoundAnswers", () => {
  it("offers the four verdicts, each the /check answer the person could type", () => {
    const answers = renderCheckInRoundAnswers(t);
    expect(answers.line).toBe(dutch("round.buttons"));
    expect(answers.choices.map((c) => c.answer)).toEqual(["1", "2", "3", "4"]);
    expect(answers.payload.kind === "choice" && answers.payload.options.map((o) => o.text)).toEqual(["/check 1", "/check 2", "/check 3", "/check 4"]);
  });
});

describe("renderCheckInRoundState", () => {
  it("says how many answered and who has not", () => {
    const state = {
      round: "month:2026-02",
      meetingId: null,
      closesAt: null,
      sentAt: new Date("2026-01-29T08:00:00Z"),
      people: [
        { name: "Fatima", answered: true, items: [] },
        { name: "Ahmed", answered: false, items: [] },
      ],
    };
    expect(renderCheckInRoundState({ state, meetingStartsAt: null }, t, "nl", now)).toBe(
      dutch("round.state", {
        title: "🧭 *Check-in van februari 2026*",
        sent: "do 29 jan",
        answered: 1,
        total: 2,
        missing: dutch("round.stateMissing", { names: "Ahmed" }),
      }),
    );
  });
});

describe("renderCheckInRoundAnswer", () => {
  const noted = [{ title: "Buurtmoestuin", verdict: "hulp-nodig" as const }];
  const notedLine = dutch("round.noted", { list: dutch("round.notedItem", { title: "*Buurtmoestuin*", verdict: dutch("round.verdict.hulp-nodig") }) });

  it("notes the answers and the agenda items proposed, then asks the next action with its deadline, lists what else is open and offers buttons", () => {
    const reply = renderCheckInRoundAnswer(
      { noted, proposed: ["Hulp bij Buurtmoestuin"], rest: [{ n: 2, title: "Watertappunt" }, { n: 3, title: "Eén wijkwebsite" }], nextDeadline: new Date("2026-02-13T23:00:00Z") },
      t,
      "nl",
      now,
    );
    expect(reply.text.split("\n")).toEqual([
      notedLine,
      dutch("round.helpProposed", { text: "Hulp bij Buurtmoestuin" }),
      dutch("round.next", { n: 2, title: "Watertappunt", deadline: " (za 14 feb)" }),
      dutch("round.stillOpen", { list: "2. Watertappunt, 3. Eén wijkwebsite" }),
    ]);
    expect(reply.choices?.map((c) => c.answer)).toEqual(["1", "2", "3", "4"]);
  });

  it("says the round is complete, without buttons, when nothing is left", () => {
    expect(renderCheckInRoundAnswer({ noted, proposed: [], rest: [], nextDeadline: null }, t, "nl", now)).toEqual({ text: `${notedLine}\n${dutch("round.complete")}` });
  });
});
