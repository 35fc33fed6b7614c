import { describe, expect, it } from "vitest";
import { renderWhatsAppLogout } from "../../src/render/whatsapp-logout.ts";
import { translator } from "../../src/i18n/index.ts";

describe("renderWhatsAppLogout", () => {
  it("tells the coördinator which wijk's WhatsApp groups the bot no longer reads, and how to link it again", () => {
    const text = renderWhatsAppLogout("Lewenborg", translator("nl"));
    expect(text).toMatch(/^⚠️ \*WhatsApp is ontkoppeld\.\*/);
    expect(text).toContain("In de WhatsApp-groepen van Lewenborg lees en schrijf ik nu niets.");
    expect(text).toContain("Gekoppelde apparaten");
  });

  it("says 'your wijk' when the wijk is not known, in the coördinator's language", () => {
    expect(renderWhatsAppLogout(undefined, translator("nl"))).toContain("In de WhatsApp-groepen van je wijk ");
    expect(renderWhatsAppLogout(undefined, translator("en"))).toContain("I can't read or write in the WhatsApp groups of your neighbourhood now.");
  });
});
