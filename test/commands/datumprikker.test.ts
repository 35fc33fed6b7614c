import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

/** /datumprikker on a platform without polls (the console, WhatsApp): numbered options, votes by number. One wijk for the file. */
describe("/datumprikker: a date poll for the stuurgroep, answered by number", () => {
  let h: Harness;
  const say = (name: string, text: string, options: { repliesToBot?: boolean; chat?: string } = {}) => h.say(name, text, { chat: "stuurgroep", ...options }).then((r) => r.join("\n"));
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h.close());

  it("bad input before a poll is up changes nothing and says what to type", async () => {
    const before = await snapshotCounts(h.db);
    expect(await say("Ingrid", "/datumprikker 12 feb 19:30, 19 feb 19:30")).toContain("Alleen de coördinator of voorzitter");
    expect(await say("Marieke", "/datumprikker 12 feb 19:30, 19 feb 19:30", { chat: "kartrekkers" })).toContain("stuurgroepgroep");
    expect(await say("Henk", "/datumprikker 12 feb 19:30, 19 fbe 19:30")).toContain('Optie 2 ("19 fbe 19:30") lees ik niet als datum');
    expect(await say("Henk", "/datumprikker 12 feb 19:30, 2025-12-18 19:30")).toMatch(/^Optie 2: .*verleden/);
    expect(await say("Henk", "/datumprikker 12 feb 19:30, vandaag 8:00")).toMatch(/^Optie 2: .*ligt in het verleden/);
    expect(await say("Henk", "/datumprikker 12 feb, 19 feb 19:30")).toContain("Hoe laat bij optie 1");
    expect(await say("Henk", "/datumprikker 12 feb 19:30, 12 feb 19:30")).toContain("hetzelfde moment");
    expect(await say("Henk", "/datumprikker stem 1")).toContain("Er staat geen datumprikker open");
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("goes up numbered with 'stuur 1, 2 en/of 3'; votes by command or a bare reply; the state names who has not voted", async () => {
    const poll = await h.send("Henk", "/datumprikker 12 feb 19:30, 19 feb 19:30, 26 feb 16:00 wijkcentrum De Kiosk", { chat: "stuurgroep" });
    expect(poll[0].text).toBe(
      [
        "🗓️ *Datumprikker stuurgroep* — wijkcentrum De Kiosk",
        "1. do 12 feb 19:30",
        "2. do 19 feb 19:30",
        "3. do 26 feb 16:00",
        "Stuur 1, 2 en/of 3: antwoord op dit bericht met de nummers die je kunnen (of typ /datumprikker stem 1 3).",
      ].join("\n"),
    );
    // Platforms with polls or cards get the same poll as data; the reference is opaque, not a row id.
    const stored = await h.db.datePoll.findFirstOrThrow();
    expect(poll[0].poll).toMatchObject({ ref: stored.ref, options: [{ label: "do 12 feb 19:30" }, { label: "do 19 feb 19:30" }, { label: "do 26 feb 16:00" }] });
    expect(stored.ref).not.toBe(stored.id);

    expect(await say("Ingrid", "/datumprikker stem 1 3")).toContain("Genoteerd, Ingrid: do 12 feb 19:30 en do 26 feb 16:00");
    expect(await say("Henk", "1 en 2", { repliesToBot: true })).toContain("Genoteerd, Henk: do 12 feb 19:30 en do 19 feb 19:30");
    // Voting again replaces one's choice.
    expect(await say("Ingrid", "/datumprikker stem 3")).toContain("Genoteerd, Ingrid: do 26 feb 16:00");
    // Group chatter without the bot being addressed is not a vote.
    expect(await say("Marieke", "2")).toBe("");
    const state = await say("Marieke", "/datumprikker");
    expect(state).toContain("1. do 12 feb 19:30 — 1 (Henk)");
    expect(state).toContain("3. do 26 feb 16:00 — 1 (Ingrid)");
    expect(state).toContain("Nog niet gestemd: Marieke.");
  });

  it("a vote for an option the poll does not have, a second poll, and 'kies 7' of 3 change nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await say("Ingrid", "/datumprikker stem 4")).toContain("Optie 4 bestaat niet in deze datumprikker; kies uit 1 t/m 3");
    expect(await say("Ingrid", "/datumprikker stem morgen")).toContain("/datumprikker stem");
    expect(await say("Henk", "/datumprikker 5 maart 19:30, 12 maart 19:30")).toContain("Er staat al een datumprikker open");
    expect(await say("Henk", "/datumprikker kies 7")).toContain("Optie 7 bestaat niet: deze datumprikker heeft optie 1 t/m 3");
    expect(await say("Ingrid", "/datumprikker kies 1")).toContain("Alleen de coördinator of voorzitter");
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("one reminder after three days to who has not voted, exactly once", async () => {
    const sends = recordOutbox(h.app, { clock: h.clock });
    await h.app.scheduler.init(h.clock.now());
    let seen = 0;
    const reminders = async (until: string) => {
      await h.app.scheduler.advanceTo(h.clock, at(until));
      const fresh = sends.slice(seen);
      seen = sends.length;
      return fresh.filter((m) => m.text.includes("Datumprikker"));
    };
    expect(await reminders("2026-01-08 08:00")).toEqual([]);
    const sent = await reminders("2026-01-08 12:00");
    expect(sent.map((m) => [m.chatId, m.text.split(".")[0]])).toEqual([["stuurgroep", "⏰ *Datumprikker stuurgroep*: nog niet gestemd: Marieke"]]);
    expect(await reminders("2026-01-09 12:00")).toEqual([]);
  });

  it("'kies 1' closes the poll and plans the meeting as /vergadering nieuw; later votes and choices get a short answer", async () => {
    const chosen = await say("Henk", "/datumprikker kies 1");
    expect(chosen).toContain("Datumprikker gesloten: het wordt optie 1, do 12 feb 19:30.");
    expect(chosen).toContain("Stuurgroep gepland: do 12 feb 19:30, wijkcentrum De Kiosk.");
    expect(chosen).toContain("maandag 9 februari stuur ik de agenda rond");
    const meeting = await h.db.meeting.findFirstOrThrow({ where: { wijkId: h.wijkId } });
    expect((await h.db.datePoll.findFirstOrThrow()).meetingId).toBe(meeting.id);
    expect(await say("Marieke", "/datumprikker stem 2")).toContain("al gesloten");
    expect(await say("Henk", "/datumprikker kies 2")).toContain("al gesloten");
    expect(await h.db.meeting.count({ where: { wijkId: h.wijkId } })).toBe(1);
  });
});
