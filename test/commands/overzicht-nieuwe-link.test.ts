import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const overviewToken = async () => (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;

describe("/overzicht nieuwe-link", () => {
  it("gives the coördinator a new link; the old one stops working", async () => {
    const old = await overviewToken();
    const [reply] = await h.say("Marieke", "/overzicht nieuwe-link", { chat: "dm" });
    const token = await overviewToken();
    expect(token).not.toBe(old);
    expect(reply).toBe(
      `🔗 Nieuwe link naar het overzicht van Lewenborg XL:\nhttp://localhost:3978/w/${token}/\nDe oude link werkt niet meer. Deel de nieuwe alleen met de mensen van de wijk.`,
    );
  });

  it("is refused for a kartrekker, and the link stays", async () => {
    const old = await overviewToken();
    expect(await h.say("Lisa", "/overzicht nieuwe-link")).toEqual(["Alleen de coördinator kan een nieuwe link voor het overzicht maken."]);
    expect(await overviewToken()).toBe(old);
  });
});
