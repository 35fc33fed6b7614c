import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { chooseDisplayName, freeDisplayName, isReservedDisplayName } from "../../src/services/choose-display-name.ts";

const demo = useDemoWijk();

async function choose(name: string, as?: string) {
  const { db, wijkId, person } = demo();
  return chooseDisplayName(db, { wijkId, personId: as ? (await person(as)).id : undefined, name });
}

describe("chooseDisplayName (/ik)", () => {
  it("returns the name cleaned: single spaces, no leading @, no invisible characters", async () => {
    expect(await choose("  @Peter   de\u200b Vries ", "Peter")).toBe("Peter de Vries");
  });

  it("refuses a name shorter than two characters after cleaning", async () => {
    await expect(choose("P", "Peter")).rejects.toMatchObject({ code: "INVALID" });
    await expect(choose(" @\u200bQ ", "Peter")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses the bot's names and role words, whatever the case or accents", async () => {
    for (const name of ["WijkBot", "bot", "Coordinator", "COÖRDINATOR", "admin", "Iedereen", "oud-lid"]) {
      await expect(choose(name, "Peter")).rejects.toMatchObject({ code: "INVALID" });
    }
  });

  it("refuses the name of another person of the wijk, ignoring case and accents", async () => {
    await expect(choose("marieke", "Peter")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(choose("Fátima", "Peter")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a one-word name that is another person's first name, but allows a longer name starting with it", async () => {
    const { db, person } = demo();
    await db.person.update({ where: { id: (await person("Marieke")).id }, data: { displayName: "Marieke de Boer" } });
    await expect(choose("Marieke", "Peter")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await choose("Marieke Jansen", "Peter")).toBe("Marieke Jansen");
  });

  it("lets a person keep their own name, and take the name of someone who has left", async () => {
    const { db, person } = demo();
    expect(await choose("peter", "Peter")).toBe("peter");
    await db.person.update({ where: { id: (await person("Joke")).id }, data: { leftAt: new Date() } });
    expect(await choose("Joke", "Peter")).toBe("Joke");
  });
});

describe("freeDisplayName (someone new)", () => {
  async function free(name: string) {
    const { db, wijkId } = demo();
    return freeDisplayName(db, { wijkId, name });
  }

  it("takes the platform's name cleaned when it is free", async () => {
    expect(await free("  Kees  van Dam ")).toBe("Kees van Dam");
  });

  it("numbers a name already used in the wijk", async () => {
    const { db, wijkId } = demo();
    expect(await free("marieke")).toBe("marieke (2)");
    await db.person.create({ data: { wijkId, displayName: "Marieke (2)", role: "kartrekker" } });
    expect(await free("Marieke")).toBe("Marieke (3)");
  });

  it("calls someone with a reserved, empty or too short name 'Onbekend'", async () => {
    expect(await free("Wijkbot")).toBe("Onbekend");
    expect(await free("\u200b")).toBe("Onbekend");
    expect(await free("X")).toBe("Onbekend");
  });
});

describe("isReservedDisplayName", () => {
  it("knows the reserved names folded, and nothing else", () => {
    expect(isReservedDisplayName("Wijkcoördinator")).toBe(true);
    expect(isReservedDisplayName("Beheerder!")).toBe(true);
    expect(isReservedDisplayName("Bert")).toBe(false);
  });
});
