import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock, canEdit: true });
});
afterEach(async () => {
  await h.app.liveBoard.idle();
  await h.close();
});

const kartrekkers = () => h.db.chat.findFirstOrThrow({ where: { wijkId: h.wijkId, externalId: "kartrekkers" } });

/** How the board is kept up to date on each platform is specified in test/web/live-board.test.ts. */
describe("/overzicht vastzetten", () => {
  it("posts the board in the group once and keeps that message", async () => {
    expect(await h.say("Marieke", "/overzicht vastzetten")).toEqual([
      "📌 Ik zet het overzicht hier vast. Bij elke wijziging werk ik dat ene bericht bij, zonder nieuwe berichten.",
    ]);
    await h.app.liveBoard.idle();
    await h.app.outbox.idle();
    expect(sent.map((m) => [m.chatId, m.text.split("\n")[0]])).toEqual([["kartrekkers", "*Overzicht Lewenborg XL* (ma 5 jan)"]]);
    expect((await kartrekkers()).boardPinnedAt).toEqual(h.clock.now());
  });

  it("is refused for a kartrekker and in a private chat, and pins nothing", async () => {
    expect(await h.say("Lisa", "/overzicht vastzetten")).toEqual(["Alleen de coördinator of voorzitter stuurgroep of aanjager kan het overzicht vastzetten."]);
    expect(await h.say("Marieke", "/overzicht vastzetten", { chat: "dm" })).toEqual([
      "Het overzicht vastzetten kan alleen in een groep. Typ /overzicht vastzetten in de groep van je wijk.",
    ]);
    await h.app.liveBoard.idle();
    await h.app.outbox.idle();
    expect(sent).toEqual([]);
    expect((await kartrekkers()).boardPinnedAt).toBeNull();
  });
});
