import { PassThrough } from "node:stream";
import { createConsoleAdapter } from "../../../adapters/console/index.ts";
import { connectAdapter } from "../../../src/core/runtime.ts";
import { createJoinCode } from "../../../src/services/create-join-code.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import type { ContractChat, ContractDriver } from "../contract.ts";
import { trackHandled } from "./support.ts";

/** Group names typed after "Naam@" in the console's wire format. */
const CHATS: Record<ContractChat, string> = { group: "werkgroep", other: "buurtapp" };

/** The console adapter over in-memory streams: lines in, printed bot messages out. */
export function consoleDriver(): ContractDriver {
  let h: Harness;
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  let read = 0;
  let sent = 0;
  let tracker: ReturnType<typeof trackHandled>;
  output.on("data", (chunk) => (printed += String(chunk)));

  const driver: ContractDriver = {
    platform: "console",
    async start() {
      h = await createHarness();
      sent = 0;
      read = 0;
      const adapter = createConsoleAdapter({ input, output, now: () => h.clock.now(), defaultSender: "Marieke" });
      tracker = trackHandled(adapter, h.app.outbox);
      await connectAdapter(h.app.bot, adapter, h.app.outbox);
      return h;
    },
    async sendText(from, text, options = {}) {
      input.write(`${from}@${CHATS[options.chat ?? "group"]}: ${text}\n`);
      await tracker.waitFor(++sent);
    },
    async replies() {
      const fresh = printed.slice(read);
      read = printed.length;
      return fresh
        .split(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}\] bot → [^\n]*:\n/m)
        .slice(1)
        .map((t) => t.replace(/\n$/, ""));
    },
    async bindChat() {
      const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
      await driver.sendText("Kim", `/koppel ${code.code}`);
      await driver.replies();
    },
    async stop() {
      input.end();
      await h?.close();
    },
  };
  return driver;
}
