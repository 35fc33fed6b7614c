import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { whatsappLogoutAnnouncements } from "../../src/services/announce-whatsapp-logout.ts";

/** When WhatsApp logs the bot out, the coördinator hears it elsewhere — in their own language. */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.db.chat.create({ data: { wijkId: h.wijkId, platform: "whatsapp", externalId: "120363000000000001@g.us", kind: "kartrekkers" } });
});
afterEach(async () => h.close());

describe("the WhatsApp logout announcement", () => {
  it("is Dutch by default, with a mention in the console group", async () => {
    const [message, ...rest] = await whatsappLogoutAnnouncements(h.db, { platforms: ["console"] });
    expect(rest).toEqual([]);
    expect(message.platform).toBe("console");
    expect(message.text).toMatch(/^@Marieke ⚠️ \*WhatsApp is ontkoppeld\.\*/);
    expect(message.text).toContain("In de WhatsApp-groepen van Lewenborg XL lees en schrijf ik nu niets.");
  });

  it("is English for a coördinator who chose /taal en", async () => {
    await h.say("Marieke", "/taal en");
    const [message] = await whatsappLogoutAnnouncements(h.db, { platforms: ["console"] });
    expect(message.text).toMatch(/^@Marieke ⚠️ \*WhatsApp is disconnected\.\*/);
    expect(message.text).toContain("I can't read or write in the WhatsApp groups of Lewenborg XL now.");
    expect(message.text).not.toContain("ontkoppeld");
  });
});
