import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHarness, onPostgres, type Harness } from "../helpers/harness.ts";
import { supportedLanguages, translate } from "../../src/i18n/index.ts";
import { fuzzInput } from "./fuzz-inputs.ts";
import { fuzzSettings } from "./fuzz-settings.ts";

/**
 * Fuzzing the core: random and mutated commands (see fuzz-inputs.ts) through the real bot
 * on a real database. Zero crashes (no "Er ging iets mis", nothing thrown) and zero writes
 * from invalid input: a reply that is not a confirmation leaves every data table as it was.
 *
 * `npm test` tries 2,000 inputs; `npm run fuzz` tries 100,000 (minutes on SQLite; a command
 * costs about 10-18 ms on PostgreSQL: WIJKBOT_FUZZ_DB=postgres npm run fuzz). Both start from
 * the same fixed seed; a failure prints the seed and path that replay it.
 */
const SETTINGS = fuzzSettings(process.env);
/** Generous: about 20 ms an input on a loaded machine, plus shrinking a failure. */
const TIMEOUT_MS = 120_000 + SETTINGS.runs * 20;
/** Valid inputs do create actions now and then; every so many inputs the wijk is trimmed back to its usual size. */
const TRIM_EVERY_INPUTS = 2_000;

/** Replies that confirm a change start with an emoji, or are one of the few plain confirmations. */
const PLAIN_CONFIRMATIONS = supportedLanguages().flatMap((l) => [translate(l, "language.set"), translate(l, "checkin.noted", { list: "" }).replace(/\.$/, "")]);
const isConfirmation = (reply: string) => /^\p{Extended_Pictographic}/u.test(reply) || PLAIN_CONFIRMATIONS.some((c) => reply.startsWith(c));

/** Every data table in one query: counts and checksums that move on any insert, update or delete. */
const FINGERPRINT_SQL = `SELECT
  (SELECT COUNT(*) FROM "Action" WHERE "deletedAt" IS NULL) AS actions,
  (SELECT MAX("updatedAt") FROM "Action") AS "actionUpdated",
  (SELECT COUNT(*) FROM "HistoryEntry") AS history,
  (SELECT COUNT(*) FROM "ProgressNote" WHERE "removedAt" IS NULL) AS notes,
  (SELECT COUNT(*) FROM "ActionOwner") AS owners,
  (SELECT COUNT(*) FROM "ActionPartner") AS partners,
  (SELECT COUNT(*) FROM "Organisation") AS orgs,
  (SELECT COUNT(*) || ':' || COALESCE(SUM(LENGTH("displayName") + LENGTH("role") + LENGTH("language") + LENGTH(COALESCE("pillarId", '')) + LENGTH(COALESCE("organisationId", ''))), 0)
     || ':' || SUM(CASE WHEN "digestSubscribed" THEN 1 ELSE 0 END) || ':' || COUNT("leftAt") || ':' || COUNT("erasedAt") FROM "Person") AS people,
  (SELECT COUNT(*) FROM "Identity") AS identities,
  (SELECT COUNT(*) || ':' || COUNT("boardPinnedAt") FROM "Chat") AS chats,
  (SELECT COUNT(*) || ':' || COALESCE(SUM(LENGTH("name") + "position"), 0) FROM "Pillar") AS pillars,
  (SELECT COUNT(*) || ':' || COALESCE(SUM(LENGTH("settings") + LENGTH("overviewToken") + COALESCE("planYear", 0)), 0) FROM "Wijk") AS wijken,
  (SELECT COUNT(*) || ':' || COUNT("cancelledAt") FROM "Reminder") AS reminders,
  (SELECT COUNT(*) || ':' || COUNT("closedAt") FROM "Meeting") AS meetings,
  (SELECT COUNT(*) || ':' || COALESCE(SUM("position" + LENGTH("status")), 0) FROM "AgendaItem") AS "agendaItems",
  (SELECT COUNT(*) FROM "Decision") AS decisions,
  (SELECT COUNT(*) FROM "Holiday") AS holidays,
  (SELECT COUNT(*) || ':' || COUNT("usedAt") FROM "JoinCode") AS "joinCodes",
  (SELECT COUNT(*) FROM "IdentityLinkCode") AS "linkCodes",
  (SELECT COUNT(*) || ':' || COUNT("answeredAt") FROM "CheckIn") AS "checkIns"`;

async function fingerprint(h: Harness): Promise<string> {
  const rows = await h.db.$queryRawUnsafe<Record<string, unknown>[]>(FINGERPRINT_SQL);
  return JSON.stringify(rows[0], (_k, v) => (typeof v === "bigint" ? v.toString() : v instanceof Date ? v.toISOString() : v));
}

const SENDERS = ["Marieke", "Fatima", "Sanne", "Henk"];

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("what the fuzzer found", () => {
  it("a lone UTF-16 surrogate (valid in a platform's JSON, not storable) is kept as U+FFFD instead of failing the command", async () => {
    const [reply] = await h.say("Marieke", "/actie nieuw Buurtfeest \ud800 in de zomer");
    expect(reply).toMatch(/^🆕/);
    expect(await h.db.action.count({ where: { title: "Buurtfeest \ufffd in de zomer" } })).toBe(1);
    expect((await h.say("Marieke", "/actie update watertappunt flyers\udf48 rondgebracht"))[0]).toMatch(/^📝/);
    await h.db.action.deleteMany({ where: { title: { startsWith: "Buurtfeest" } } });
  });
});

describe(`fuzzing the core (${onPostgres ? "PostgreSQL" : "SQLite"})`, () => {
  it(`${SETTINGS.runs.toLocaleString("en")} random and mutated commands (seed ${SETTINGS.seed}): no crash, and no write unless the reply confirms one`, async () => {
    const seedActions = new Set((await h.db.action.findMany({ select: { id: true } })).map((a) => a.id));
    let fingerprintNow = await fingerprint(h);
    let inputs = 0;
    let confirmed = 0;
    const started = performance.now();
    const property = fc.asyncProperty(fuzzInput, fc.constantFrom(...SENDERS), async (text, sender) => {
      inputs++;
      const before = fingerprintNow;
      const out = await h.send(sender, text, { messageId: `f${inputs}` });
      const after = await fingerprint(h);
      fingerprintNow = after;
      const replies = out.map((m) => m.text);
      expect(replies.join("\n"), "the bot crashed").not.toMatch(/Er ging iets mis|Something went wrong/);
      if (out.some((m) => isConfirmation(m.text))) confirmed++;
      else expect(after, `stored something without confirming it; replies: ${JSON.stringify(replies.map((r) => r.slice(0, 80)))}`).toBe(before);
      // A question is not a change; forget it so a later "ja" or "1" cannot answer it.
      if (out.some((m) => m.choices?.length)) await h.db.pendingPrompt.deleteMany();
      if (inputs % TRIM_EVERY_INPUTS === 0) {
        await h.db.action.deleteMany({ where: { id: { notIn: [...seedActions] } } });
        fingerprintNow = await fingerprint(h);
      }
    });
    try {
      await fc.assert(property, { numRuns: SETTINGS.runs, seed: SETTINGS.seed, ...(SETTINGS.path ? { path: SETTINGS.path, endOnFailure: true } : {}) });
    } catch (error) {
      const message = (error as Error).message;
      const replay = `WIJKBOT_FUZZ_SEED=${SETTINGS.seed} WIJKBOT_FUZZ_RUNS=${SETTINGS.runs}${onPostgres ? " WIJKBOT_FUZZ_DB=postgres" : ""}`;
      const path = /path: "([^"]+)"/.exec(message)?.[1];
      // The counterexample alone runs on a fresh demo wijk; the whole run also replays what the inputs before it stored.
      throw new Error(`${message}\n\nReplay the whole run: ${replay} npm run fuzz${path ? `\nOnly the counterexample: ${replay} WIJKBOT_FUZZ_PATH=${path} npm run fuzz` : ""}`, { cause: error });
    }
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`fuzz (${onPostgres ? "postgres" : "sqlite"}, seed ${SETTINGS.seed}): ${inputs} inputs in ${seconds.toFixed(1)} s (${((seconds * 1000) / inputs).toFixed(2)} ms each), ${confirmed} confirmed changes\n`);
    // Some inputs were valid commands, so the writes check really ran against changes.
    if (!SETTINGS.path) expect(confirmed).toBeGreaterThan(0);
  }, TIMEOUT_MS);
});
