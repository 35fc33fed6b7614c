import { describe, expect, it } from "vitest";
import { describeMeeting, renderAgenda } from "../../src/render/agenda.ts";
import { dutch } from "../../src/i18n/index.ts";
import type { Agenda } from "../../src/services/get-agenda.ts";

/** Monday 30 November 2026, 09:00 in Amsterdam; the meeting is on Thursday 3 December, 19:30. */
const now = new Date("2026-11-30T08:00:00Z");
const meeting = { startsAt: new Date("2026-12-03T18:30:00Z"), place: "Wijkcentrum" };
const empty: Agenda = { meeting, items: [], pillars: null, checkInRound: null };

describe("renderAgenda", () => {
  it("says there are no items yet", () => {
    expect(renderAgenda(empty, dutch, "nl", now)).toBe("🗓️ *Agenda stuurgroep do 3 dec 19:30, Wijkcentrum*\nNog geen agendapunten. Voorstellen: /agendapunt <tekst>");
  });

  it("numbers the items with kind, state and proposer, and an action's status and last update", () => {
    const text = renderAgenda(
      {
        ...empty,
        items: [
          { text: "Begroting 2027", kind: "besluit", status: "voorgesteld", proposer: { name: "Ans" }, action: null },
          { text: "Moestuin", kind: "bespreking", status: "gepland", proposer: { name: null }, action: { title: "Moestuin", status: "bezig", lastNote: { at: new Date("2026-11-27T10:00:00Z"), text: "x".repeat(130) } } },
          { text: "Flyers", kind: "informatie", status: "uitgesteld", proposer: null, action: { title: "Flyers", status: "gepland", lastNote: null } },
        ],
      },
      dutch,
      "nl",
      now,
    );
    expect(text).toBe(
      [
        "🗓️ *Agenda stuurgroep do 3 dec 19:30, Wijkcentrum*",
        "1. Begroting 2027 (besluit, voorstel) — Ans",
        "2. Moestuin (bespreking) — ?",
        `   Actie Moestuin: bezig; laatste update vr 27 nov: "${"x".repeat(119)}…"`,
        "3. Flyers (informatie, doorgeschoven)",
        "   Actie Flyers: gepland; nog geen update",
      ].join("\n"),
    );
  });

  it("adds a paragraph per pillar and the check-in round's progress when they were loaded", () => {
    const text = renderAgenda(
      {
        ...empty,
        pillars: [
          { id: "p1", name: "Gezond", counts: { bezig: 2, gepland: 0, klaar: 1 }, overdue: ["Moestuin"], latest: { actionTitle: "Moestuin", at: new Date("2026-11-27T10:00:00Z"), text: "Eerste oogst" } },
          { id: "p2", name: "Veilig", counts: { bezig: 0, gepland: 0, klaar: 0 }, overdue: [], latest: null },
        ],
        checkInRound: {
          round: "meeting",
          meetingId: "m",
          closesAt: null,
          sentAt: new Date("2026-11-20T08:00:00Z"),
          people: [
            { name: "Ans", answered: true, items: [{ title: "Moestuin", actionId: "a1", pillarId: "p1", verdict: "op-koers" }, { title: "Flyers", actionId: "a2", pillarId: null, verdict: "hulp-nodig" }] },
            { name: "Tom", answered: false, items: [{ title: "Wandeling", actionId: "a3", pillarId: "p2", verdict: null }] },
          ],
        },
      },
      dutch,
      "nl",
      now,
    );
    expect(text).toBe(
      [
        "🗓️ *Agenda stuurgroep do 3 dec 19:30, Wijkcentrum*\nNog geen agendapunten. Voorstellen: /agendapunt <tekst>",
        '*Stand per pijler*\n*Gezond*: 2 bezig, 1 klaar. Over de deadline: Moestuin. Laatste update (Moestuin, vr 27 nov): "Eerste oogst"\n\n*Veilig*: nog geen acties.',
        "*Voortgang per pijler* (check-in)\n*Gezond*: op koers: Ans (Moestuin)\n*Zonder pijler*: hulp nodig: Ans (Flyers)\nNog geen antwoord van: Tom.",
      ].join("\n\n"),
    );
  });
});

describe("describeMeeting", () => {
  it("gives day, time and place, or just the moment without a place", () => {
    expect(describeMeeting({ startsAt: new Date("2026-12-03T18:30:00Z"), place: null }, now)).toBe("do 3 dec 19:30");
  });
});
