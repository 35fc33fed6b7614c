import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

/**
 * /rapport [jaar]: the coördinator asks privately and gets the monitor's summary in the chat
 * with links to the whole report (page, PDF, Word). Read-only, so one demo wijk serves all.
 */
let h: Harness;
let token: string;
beforeAll(async () => {
  h = await createHarness();
  token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
});
afterAll(async () => h.close());

describe("/rapport", () => {
  it("gives the coördinator, privately, the plan year's summary and links to the page, the PDF and the Word file", async () => {
    const [reply] = await h.say("Marieke", "/rapport", { chat: "dm" });
    expect(reply).toBe(
      [
        "📊 *Monitor 2026* van Lewenborg XL",
        "In 2026 stonden 10 acties op het plan. Daarvan zijn er 6 gestart, 2 afgerond en 0 gestopt; 8 lopen nog (4 gepland, 3 bezig, 1 geparkeerd).",
        "1 actie is over haar deadline.",
        "Bereik: 166 van de beoogde 456 (36%).",
        "Begroting: € 10.500 begroot, € 400 besteed (4%).",
        "Er is in 2026 geen tussentijdse check gedaan.",
        "",
        "Het hele rapport, met grafieken:",
        `- web: http://localhost:3978/w/${token}/rapport?jaar=2026`,
        `- PDF: http://localhost:3978/w/${token}/rapport.pdf?jaar=2026`,
        `- Word (om te bewerken): http://localhost:3978/w/${token}/rapport.docx?jaar=2026`,
      ].join("\n"),
    );
  });

  it("takes a year, and answers in the coördinator's language with the links in it too", async () => {
    const [dutch] = await h.say("Marieke", "/rapport 2025", { chat: "dm" });
    expect(dutch).toContain("In 2025 stonden nog geen acties op het plan.");
    expect(dutch).toContain(`/w/${token}/rapport.pdf?jaar=2025`);
    await h.say("Marieke", "/taal en", { chat: "dm" });
    try {
      const [english] = await h.say("Marieke", "/report 2026", { chat: "dm" });
      expect(english).toContain("📊 *Monitor 2026* of Lewenborg XL");
      expect(english).toContain("Budget: €10,500 planned, €400 spent (4%).");
      expect(english).toContain(`/w/${token}/rapport.docx?jaar=2026&taal=en`);
    } finally {
      await h.say("Marieke", "/taal nl", { chat: "dm" });
    }
  });

  it("is not posted in a group, and is only for the coördinator", async () => {
    expect(await h.say("Marieke", "/rapport")).toEqual(["Het jaarrapport stuur ik alleen in een privébericht. Stuur mij privé: /rapport 2026"]);
    expect(await h.say("Sanne", "/rapport", { chat: "dm" })).toEqual(["Alleen de coördinator kan het jaarrapport opvragen."]);
  });

  it("says how to name a year when the argument is not one", async () => {
    for (const line of ["/rapport vorig jaar", "/rapport 1850"]) {
      const [reply] = await h.say("Marieke", line, { chat: "dm" });
      expect(reply).toContain("Noem een jaar, bijvoorbeeld: /rapport 2026");
    }
  });
});
