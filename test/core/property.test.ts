import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { commands } from "../../commands/index.ts";

/**
 * Replies that confirm a change start with one of these (the later ones: pillars, reminders, holidays,
 * meetings, agenda, link codes); anything else must leave the database as it was.
 */
const CONFIRMATION = /^(✅|🔧|⛔|🅿️|🆕|📝|📅|👤|🎯|💶|👧|🤝|📌|✏️|🗑️|↩️|👋|🧭|🔗|🏛️|🔁|⏰|😴|🏖️|📬|🛑|🗓️|🔀|⏭️|👍|✔️|🔑)/u;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const commandWords = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const noise = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "@", "@Fatima", "@wijkbot", "pijler", "deadline", "eigenaar", "'; DROP TABLE x; --", "🙂", "١٢٣", "-1", "99999999999"),
);
/** Real command words with mutations: garbage, typos, missing or odd arguments. */
const mutatedCommand = fc
  .tuple(fc.constantFrom(...commandWords), fc.array(noise, { maxLength: 4 }), fc.constantFrom("/", "", "!", "//"))
  .map(([words, rest, slash]) => `${slash}${words} ${rest.join(" ")}`);

describe("property: no text crashes the bot, and nothing is stored unless the reply confirms a change", () => {
  it("holds for arbitrary and mutated input", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(noise, mutatedCommand), fc.constantFrom("Fatima", "Sanne", "Marieke"), async (text, sender) => {
        const before = await snapshotCounts(h.db);
        const replies = await h.say(sender, text);
        const after = await snapshotCounts(h.db);
        const confirmed = replies.some((r) => CONFIRMATION.test(r));
        if (!confirmed) expect(after).toEqual(before);
        for (const reply of replies) expect(reply).not.toMatch(/Er ging iets mis aan mijn kant/);
        // A pending question is not a change; clear it so the next run starts clean.
        await h.db.pendingPrompt.deleteMany();
      }),
      { numRuns: 400, seed: 20261123 },
    );
    // 400 messages through the whole bot: generous, so a busy machine does not fail it (speed is measured in the benchmarks).
  }, 60_000);
});
