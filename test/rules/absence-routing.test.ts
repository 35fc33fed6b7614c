import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { absenceRouter, backAt, routeForAbsence } from "../../src/rules/absence-routing.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const at = (month: number, d: number, hour = 9) => toInstant({ year: 2026, month, day: d }, hour, 0);

/** `name` is away from 9 up to and including 20 February, with an optional stand-in. */
async function away(name: string, standIn?: string) {
  const { db, wijkId, person } = demo();
  return db.absence.create({
    data: { wijkId, personId: (await person(name)).id, standInId: standIn ? (await person(standIn)).id : null, startsAt: at(2, 9, 0), lastDay: toInstant({ year: 2026, month: 2, day: 20 }) },
  });
}

describe("routeForAbsence", () => {
  it("delivers to someone who is not away", async () => {
    const { db, wijkId, person } = demo();
    const joke = await person("Joke");
    expect(await routeForAbsence(db, wijkId, joke.id, at(2, 12))).toEqual({ kind: "deliver", personId: joke.id });
  });

  it("sends to the stand-in while someone is away, saying on whose behalf", async () => {
    const { db, wijkId, person } = demo();
    const absence = await away("Joke", "Fatima");
    const [joke, fatima] = [await person("Joke"), await person("Fatima")];
    expect(await routeForAbsence(db, wijkId, joke.id, at(2, 12))).toEqual({ kind: "stand-in", personId: fatima.id, absentPersonId: joke.id, absenceId: absence.id, lastDay: absence.lastDay });
  });

  it("holds the message until they are back when there is no stand-in", async () => {
    const { db, wijkId, person } = demo();
    const absence = await away("Joke");
    const route = await routeForAbsence(db, wijkId, (await person("Joke")).id, at(2, 12));
    expect(route).toEqual({ kind: "hold", absentPersonId: (await person("Joke")).id, absenceId: absence.id, backAt: toInstant({ year: 2026, month: 2, day: 21 }) });
  });

  it("holds it too when the stand-in is away as well, or has left", async () => {
    const { db, wijkId, person, now } = demo();
    await away("Joke", "Fatima");
    await away("Fatima");
    expect((await routeForAbsence(db, wijkId, (await person("Joke")).id, at(2, 12))).kind).toBe("hold");
    await away("Sanne", "Peter");
    await db.person.update({ where: { id: (await person("Peter")).id }, data: { leftAt: now } });
    expect((await routeForAbsence(db, wijkId, (await person("Sanne")).id, at(2, 12))).kind).toBe("hold");
  });

  it("delivers again from midnight after the last day, or from when the absence was ended early", async () => {
    const { db, wijkId, person } = demo();
    const absence = await away("Joke");
    const joke = await person("Joke");
    expect((await routeForAbsence(db, wijkId, joke.id, at(2, 20, 23))).kind).toBe("hold");
    expect((await routeForAbsence(db, wijkId, joke.id, at(2, 21, 0))).kind).toBe("deliver");
    await db.absence.update({ where: { id: absence.id }, data: { endedAt: at(2, 13) } });
    expect((await routeForAbsence(db, wijkId, joke.id, at(2, 14))).kind).toBe("deliver");
    expect(backAt({ lastDay: absence.lastDay, endedAt: at(2, 13) })).toEqual(at(2, 13));
  });
});

describe("absenceRouter (many messages at once)", () => {
  it("answers per person and moment within the window", async () => {
    const { db, wijkId, person } = demo();
    await away("Joke", "Fatima");
    const route = await absenceRouter(db, wijkId, { from: at(2, 1), to: at(2, 28) });
    const [joke, fatima] = [await person("Joke"), await person("Fatima")];
    expect(route(joke.id, at(2, 5))).toEqual({ kind: "deliver", personId: joke.id });
    expect(route(joke.id, at(2, 12))).toMatchObject({ kind: "stand-in", personId: fatima.id });
    expect(route(joke.id, at(2, 25))).toEqual({ kind: "deliver", personId: joke.id });
  });
});
