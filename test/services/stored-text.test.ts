import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { toTelegramHtml } from "../../adapters/telegram/format.ts";

/**
 * Every text the services store from a message is cleaned the same way (issue 12, item 10):
 * C1 controls and bidi overrides never reach the database, whatever the command.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const HIDDEN = "\u0085\u202e\u2066";
const hasHidden = (text: string | null | undefined) => /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(text ?? "");

describe("stored texts carry no C1 controls or bidi overrides", () => {
  it("action titles, renamed titles, notes, reminder texts, agenda items, organisations and pillar names", async () => {
    expect((await h.say("Marieke", `/actie nieuw Buurt${HIDDEN}feest in de zomer`))[0]).toMatch(/^🆕/);
    expect((await h.say("Fatima", `/actie update watertappunt flyers${HIDDEN} rondgebracht`))[0]).toMatch(/^📝/);
    expect((await h.say("Fatima", `/actie hernoem watertappunt naar Water${HIDDEN}tappunt bij de school`))[0]).toMatch(/^✏️/);
    expect((await h.say("Sanne", `/herinner mij subsidie${HIDDEN} aanvragen morgen 10:00`))[0]).toMatch(/^⏰/);
    expect((await h.say("Sanne", `/agendapunt Speel${HIDDEN}tuin evalueren`))[0]).toMatch(/^📌/);
    expect((await h.say("Sanne", `/ik Sanne, Kinder${HIDDEN}centrum Noord`))[0]).toMatch(/^👋/);
    expect((await h.say("Marieke", `/pijler nieuw Veilig${HIDDEN}heid`))[0]).toMatch(/^🏛️/);

    const stored = [
      ...(await h.db.action.findMany({ select: { title: true } })).map((a) => a.title),
      ...(await h.db.progressNote.findMany({ select: { text: true } })).map((n) => n.text),
      ...(await h.db.historyEntry.findMany({ select: { toValue: true } })).map((e) => e.toValue),
      ...(await h.db.reminder.findMany({ select: { text: true } })).map((r) => r.text),
      ...(await h.db.agendaItem.findMany({ select: { text: true } })).map((i) => i.text),
      ...(await h.db.organisation.findMany({ select: { name: true } })).map((o) => o.name),
      ...(await h.db.pillar.findMany({ select: { name: true } })).map((p) => p.name),
    ];
    expect(stored.filter(hasHidden)).toEqual([]);
    expect(stored).toEqual(expect.arrayContaining(["Buurtfeest in de zomer", "flyers rondgebracht", "Watertappunt bij de school", "subsidie aanvragen", "Speeltuin evalueren", "Kindercentrum Noord", "Veiligheid"]));
  });

  it("decisions", async () => {
    await h.say("Marieke", "/vergadering nieuw vandaag 19:30");
    expect((await h.say("Henk", `/besluit Speeltuin${HIDDEN} krijgt een hek`, { chat: "stuurgroep" }))[0]).toMatch(/^🏛️|^✔️|^📋|^\p{Extended_Pictographic}/u);
    expect((await h.db.decision.findMany({ select: { text: true } })).map((d) => d.text)).toEqual(["Speeltuin krijgt een hek"]);
  });
});

describe("a * in a title does not turn bold on Telegram", () => {
  it("the title is shown with its asterisks, and only the bot's own markup is bold", async () => {
    const [reply] = await h.say("Marieke", "/actie nieuw Koffie *gratis* voor ouders");
    const html = toTelegramHtml(reply);
    expect(html).toContain("Koffie ∗gratis∗ voor ouders");
    expect(html).not.toContain("<b>gratis</b>");
    const [deadline] = await h.say("Marieke", "/actie info koffie");
    expect(toTelegramHtml(deadline)).not.toMatch(/<b>gratis<\/b>|<b>[^<]*<\/b>gratis/);
  });
});
