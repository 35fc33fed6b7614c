import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTeamsAdapter, type TeamsAdapter } from "../../../adapters/teams/index.ts";
import { connectAdapter } from "../../../src/core/runtime.ts";
import { createHttpServer, type HttpServer } from "../../../src/http/server.ts";
import { silentLogger } from "../../../src/core/logger.ts";
import { createJoinCode } from "../../../src/services/create-join-code.ts";
import { createConversationReferenceStore } from "../../../src/db/conversation-references.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import type { ContractChat, ContractDriver } from "../contract.ts";
import { trackHandled, visibleText } from "./support.ts";

export const BOT = { id: "28:wijkbot-app-id", name: "Wijkbot" };
const CHANNELS: Record<ContractChat, string> = { group: "19:werkgroep@thread.tacv2", other: "19:buurtapp@thread.tacv2" };
const FAST_POLICY = { retries: 2, backoffMs: 10 };

export interface ConnectorCall {
  method: string;
  url: string;
  body: Record<string, unknown> | undefined;
}

/**
 * A local stand-in for the Bot Connector service: records what the bot posts and
 * answers like Microsoft's service does. `failNext` makes the next calls fail with a
 * status (and Retry-After), to see the bot back off.
 */
export async function startFakeConnector() {
  const calls: ConnectorCall[] = [];
  const failures: { status: number; retryAfter?: string }[] = [];
  const server: Server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      const failure = failures.shift();
      if (failure) {
        res.writeHead(failure.status, { "content-type": "application/json", ...(failure.retryAfter ? { "retry-after": failure.retryAfter } : {}) });
        res.end(JSON.stringify({ error: { code: "Throttled", message: "slow down" } }));
        return;
      }
      calls.push({ method: req.method ?? "", url: req.url ?? "", body: data ? JSON.parse(data) : undefined });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `bot-msg-${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    calls,
    failNext: (status: number, retryAfter?: string) => failures.push({ status, retryAfter }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let activityCounter = 1_700_000_000_000;

/** A channel message as Teams posts it: the bot @mentioned, the thread in the conversation id. */
export function channelActivity(serviceUrl: string, from: { id: string; name: string }, text: string, channel: string, extra: Record<string, unknown> = {}) {
  const id = String(++activityCounter);
  return {
    type: "message",
    id,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl,
    from: { ...from, aadObjectId: `aad-${from.id}` },
    conversation: { id: `${channel};messageid=${id}`, conversationType: "channel", isGroup: true, tenantId: "tenant-1" },
    recipient: BOT,
    text: `<at>${BOT.name}</at> ${text}`,
    textFormat: "plain",
    entities: [{ type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    channelData: { tenant: { id: "tenant-1" }, team: { id: "19:team@thread.tacv2" }, channel: { id: channel, name: "Werkgroep" } },
    locale: "nl-NL",
    ...extra,
  };
}

/** The real CloudAdapter behind the real /api/messages endpoint; replies land at a fake Bot Connector. */
export function teamsDriver(): ContractDriver & {
  connector(): Awaited<ReturnType<typeof startFakeConnector>>;
  url(): string;
  adapter(): TeamsAdapter;
  press(from: string, action: { verb: string; data: Record<string, string> }, replyToId: string, options?: { chat?: ContractChat }): Promise<{ statusCode: number; type: string; value: unknown }>;
} {
  let h: Harness;
  let http: HttpServer;
  let url = "";
  let adapter: TeamsAdapter;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let tracker: ReturnType<typeof trackHandled>;
  let sent = 0;
  let read = 0;
  const users = new Map<string, string>();
  const user = (name: string) => {
    if (!users.has(name)) users.set(name, `29:user-${users.size + 1}`);
    return { id: users.get(name)!, name };
  };

  async function post(activity: unknown) {
    const response = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}`);
    await tracker.waitFor(++sent);
  }

  const driver = {
    platform: "teams",
    connector: () => connector,
    url: () => url,
    adapter: () => adapter,
    async start() {
      h = await createHarness();
      sent = 0;
      read = 0;
      connector = await startFakeConnector();
      http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
      adapter = createTeamsAdapter({ http, env: {}, conversationStore: createConversationReferenceStore(h.db, "teams"), sendPolicy: FAST_POLICY });
      tracker = trackHandled(adapter, h.app.outbox);
      url = (await http.start()).url;
      await connectAdapter(h.app.bot, adapter, h.app.outbox);
      return h;
    },
    async sendText(from: string, text: string, options: { chat?: ContractChat } = {}) {
      await post(channelActivity(connector.serviceUrl, user(from), text, CHANNELS[options.chat ?? "group"]));
    },
    async sendChoice(from: string, answer: string) {
      const question = connector.calls.filter((c) => (c.body?.attachments as unknown[] | undefined)?.length).at(-1);
      const actions = ((question?.body?.attachments as { content: { actions?: { verb?: string; data: Record<string, string> }[] } }[]) ?? [])[0]?.content.actions ?? [];
      // Buttons carry opaque ids: the answer is the button's place ("1" the first; "ja" then "nee").
      const action = actions[/^\d+$/.test(answer) ? Number(answer) - 1 : answer === "nee" ? 1 : 0];
      if (!action) throw new Error(`no button with answer ${answer}`);
      // The fake connector named each posted activity "bot-msg-<its call's number>".
      await driver.press(from, { verb: action.verb ?? "", data: action.data }, `bot-msg-${connector.calls.indexOf(question!) + 1}`);
    },
    /** An Action.Execute tap as Teams sends it (an adaptiveCard/action invoke); resolves with the invoke's response body. */
    async press(from: string, action: { verb: string; data: Record<string, string> }, replyToId: string, options: { chat?: ContractChat } = {}) {
      const activity = channelActivity(connector.serviceUrl, user(from), "", CHANNELS[options.chat ?? "group"], {
        type: "invoke",
        name: "adaptiveCard/action",
        text: undefined,
        entities: [],
        replyToId,
        value: { action: { type: "Action.Execute", verb: action.verb, data: action.data }, trigger: "manual" },
      });
      const response = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
      if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}`);
      await tracker.waitFor(++sent);
      return (await response.json()) as { statusCode: number; type: string; value: unknown };
    },
    async replies() {
      // New messages only: a PUT replaces one already there (a pressed card refreshed for everyone).
      const fresh = connector.calls.slice(read).filter((c) => c.body?.type === "message" && c.method === "POST");
      read = connector.calls.length;
      return fresh.map((c) => visibleText(String(c.body?.text ?? "")).replace(/\n\n/g, "\n"));
    },
    async bindChat() {
      const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
      await driver.sendText("Kim", `/koppel ${code.code}`);
      await driver.replies();
    },
    async stop() {
      await adapter?.stop();
      await http?.stop();
      await connector?.stop();
      await h?.close();
    },
  };
  return driver;
}
