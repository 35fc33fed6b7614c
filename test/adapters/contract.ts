/**
 * The adapter contract: one suite of behaviour every chat adapter must show, run through
 * the real core, a real SQLite database (the demo wijk "Lewenborg XL") and the real
 * platform library, with only the remote service faked at its network edge.
 *
 * A platform joins by giving a driver (see test/adapters/drivers/*.ts):
 *
 *   interface ContractDriver {
 *     platform: string;              // IncomingMessage.platform of this adapter
 *     start(): Promise<Harness>;     // fresh harness (createHarness) + adapter wired with
 *                                    // connectAdapter(app.bot, adapter, outbox)
 *     sendText(from, text, { chat }) // `from` (a display name; the driver maps it to a
 *                                    // stable platform user id) types `text` in "group"
 *                                    // (the chat bindChat binds) or "other" (never bound).
 *                                    // Resolves once the bot handled it and its replies
 *                                    // reached the fake remote service (trackHandled).
 *     sendChoice?(from, answer)      // platforms with buttons: tap the button with this
 *                                    // answer under the bot's last question in "group"
 *     replies(): Promise<string[]>   // what the bot sent since the last call, in order,
 *                                    // as people see it (formatting markup removed)
 *     bindChat(): Promise<void>      // bind "group" to the demo wijk (join code + /koppel)
 *                                    // and swallow its replies
 *     stop(): Promise<void>          // stop adapter, fake service, harness
 *   }
 *
 * Call `runAdapterContract(() => driver)` inside a test file; it declares its own tests.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { snapshotCounts, type Harness } from "../helpers/harness.ts";

export type ContractChat = "group" | "other";

export interface ContractDriver {
  readonly platform: string;
  start(): Promise<Harness>;
  sendText(from: string, text: string, options?: { chat?: ContractChat }): Promise<void>;
  sendChoice?(from: string, answer: string): Promise<void>;
  replies(): Promise<string[]>;
  bindChat(): Promise<void>;
  stop(): Promise<void>;
}

/** Newcomers, so every platform starts from the same place: not yet known in the wijk. */
const KIM = "Kim";

export function runAdapterContract(makeDriver: () => ContractDriver): void {
  let driver: ContractDriver;
  let h: Harness;

  beforeEach(async () => {
    driver = makeDriver();
    h = await driver.start();
  });
  afterEach(async () => driver?.stop());

  async function action(title: string) {
    return h.db.action.findFirst({ where: { title, deletedAt: null }, include: { owners: { include: { person: true } } } });
  }

  async function createTwoSpeeltuinActions() {
    await driver.sendText(KIM, "/actie nieuw Speeltuin opknappen pijler Gezond");
    await driver.sendText(KIM, "/actie nieuw Speeltuin verlichting pijler Gezond");
    await driver.replies();
  }

  describe("a chat that is not bound to a wijk", () => {
    it("gets told how to bind it, and nothing is stored", async () => {
      const before = await snapshotCounts(h.db);
      await driver.sendText(KIM, "/actie nieuw Speeltuin opknappen", { chat: "other" });
      const replies = await driver.replies();
      expect(replies).toHaveLength(1);
      expect(replies[0]).toContain("nog niet gekoppeld aan een wijk");
      expect(replies[0]).toContain("/koppel <code>");
      expect(await snapshotCounts(h.db)).toEqual(before);
    });
  });

  describe("in a bound group", () => {
    beforeEach(async () => driver.bindChat());

    it("/actie nieuw stores the action with the sender as owner and confirms it", async () => {
      await driver.sendText(KIM, "/actie nieuw Speeltuin opknappen pijler Gezond");
      expect(await driver.replies()).toEqual(["🆕 Speeltuin opknappen (Gezond) staat op gepland. Eigenaar: Kim."]);
      const stored = await action("Speeltuin opknappen");
      expect(stored).toMatchObject({ wijkId: h.wijkId, status: "gepland" });
      expect(stored!.owners.map((o) => o.person.displayName)).toEqual([KIM]);
      const identity = await h.db.identity.findFirst({ where: { personId: stored!.owners[0].personId } });
      expect(identity?.platform).toBe(driver.platform);
    });

    it("/actie klaar with two matches asks which one, and the answer's number settles it", async () => {
      await createTwoSpeeltuinActions();
      await driver.sendText(KIM, "/actie klaar speeltuin");
      const [question] = await driver.replies();
      expect(question).toContain('Welke actie bedoel je met "speeltuin"?');
      expect(question).toContain("1. Speeltuin opknappen (Gezond)");
      expect(question).toContain("2. Speeltuin verlichting (Gezond)");
      expect((await action("Speeltuin verlichting"))!.status).toBe("gepland");

      await driver.sendText(KIM, "2");
      expect(await driver.replies()).toEqual(["✅ Speeltuin verlichting (Gezond) staat op klaar. Eigenaar: Kim."]);
      expect((await action("Speeltuin verlichting"))!.status).toBe("klaar");
      expect((await action("Speeltuin opknappen"))!.status).toBe("gepland");
    });

    it("/actie klaar with two matches can be settled by tapping a button, where the platform has them", async () => {
      if (!driver.sendChoice) return;
      await createTwoSpeeltuinActions();
      await driver.sendText(KIM, "/actie klaar speeltuin");
      await driver.replies();
      await driver.sendChoice(KIM, "1");
      expect(await driver.replies()).toEqual(["✅ Speeltuin opknappen (Gezond) staat op klaar. Eigenaar: Kim."]);
      expect((await action("Speeltuin opknappen"))!.status).toBe("klaar");
      expect((await action("Speeltuin verlichting"))!.status).toBe("gepland");
    });

    it("a malformed command gets the usage and an example, and changes nothing", async () => {
      const before = await snapshotCounts(h.db);
      await driver.sendText(KIM, "/actie deadline");
      const [reply] = await driver.replies();
      expect(reply).toContain("Zo werkt het: /actie deadline <naam> <datum>");
      expect(reply).toContain("Bijvoorbeeld: /actie deadline watertappunt 15 maart");
      expect(await snapshotCounts(h.db)).toEqual(before);
    });
  });
}
