import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTeamsAdapter } from "../../adapters/teams/index.ts";
import { toTeamsMarkdown } from "../../adapters/teams/format.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { Outbox } from "../../src/core/outbox.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import { createConversationReferenceStore } from "../../src/db/conversation-references.ts";
import type { Harness } from "../helpers/harness.ts";
import { channelActivity, startFakeConnector, teamsDriver } from "./drivers/teams-driver.ts";
import { trackHandled } from "./drivers/support.ts";

const CHANNEL = "19:werkgroep@thread.tacv2";

describe("teams: authentication", () => {
  it("with an app id set, refuses a request without Authorization header before any handler runs", async () => {
    const connector = await startFakeConnector();
    const http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
    const adapter = createTeamsAdapter({ http, env: {}, appId: "00000000-0000-0000-0000-0000000000aa", appPassword: "geheim" });
    const tracker = trackHandled(adapter, new Outbox(silentLogger));
    let reached = 0;
    await adapter.start(async () => {
      reached++;
    });
    const { url } = await http.start();
    // botbuilder prints the refused request to the console itself.
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(channelActivity(connector.serviceUrl, { id: "29:indringer", name: "Indringer" }, "/actie nieuw Hack", CHANNEL)),
      });
      expect(response.status).toBe(401);
      expect(adapter.authenticated).toBe(true);
      expect(reached).toBe(0);
      expect(tracker.handled).toBe(0);
      expect(connector.calls).toEqual([]);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain("Unauthorized");
    } finally {
      consoleError.mockRestore();
      await http.stop();
      await connector.stop();
    }
  });
});

describe("teams: through the real CloudAdapter and a fake Bot Connector", () => {
  const driver = teamsDriver();
  let h: Harness;
  beforeEach(async () => {
    h = await driver.start();
    await driver.bindChat();
  });
  afterEach(async () => driver.stop());

  it("strips the bot's @mention and answers in the thread of the message", async () => {
    await driver.sendText("Kim", "/actie nieuw Speeltuin opknappen pijler Gezond");
    const reply = driver.connector().calls.at(-1)!;
    expect(reply.method).toBe("POST");
    expect(decodeURIComponent(reply.url)).toMatch(new RegExp(`^/v3/conversations/${CHANNEL};messageid=\\d+/activities`));
    expect(reply.body).toMatchObject({ type: "message", textFormat: "markdown", text: "🆕 Speeltuin opknappen (Gezond) staat op gepland. Eigenaar: Kim." });
    expect(await h.db.action.count({ where: { title: "Speeltuin opknappen" } })).toBe(1);
  });

  it("stores the conversation reference of a bound channel, so a restarted bot can post there on its own", async () => {
    await driver.sendText("Kim", "/acties");
    const chat = await h.db.chat.findFirstOrThrow({ where: { platform: "teams", externalId: CHANNEL } });
    expect(JSON.parse(chat.conversationRef!)).toMatchObject({ conversation: { id: CHANNEL }, serviceUrl: driver.connector().serviceUrl });

    // A second adapter with an empty memory, as after a restart: only the database knows the channel.
    const http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
    const restarted = createTeamsAdapter({ http, env: {}, conversationStore: createConversationReferenceStore(h.db, "teams") });
    const outbox = new Outbox(silentLogger);
    await connectAdapter(h.app.bot, restarted, outbox);
    const sent = await outbox.send({ platform: "teams", chatId: CHANNEL, text: "⏰ Herinnering: *Speeltuin* heeft vrijdag een deadline." });
    expect(sent?.messageId).toMatch(/^bot-msg-/);
    const proactive = driver.connector().calls.at(-1)!;
    // botbuilder names the continuation's own id as reply target; the conversation is the channel's root.
    expect(decodeURIComponent(proactive.url)).toMatch(new RegExp(`^/v3/conversations/${CHANNEL}/activities(/[^/;]+)?$`));
    expect(proactive.body?.text).toBe("⏰ Herinnering: **Speeltuin** heeft vrijdag een deadline.");
  });

  it("backs off when the Bot Connector answers 429 and then delivers", async () => {
    driver.connector().failNext(429, "0");
    driver.connector().failNext(429, "0");
    const sent = await h.app.outbox.send({ platform: "teams", chatId: CHANNEL, text: "Weekoverzicht" });
    expect(sent).toBeDefined();
    expect(driver.connector().calls.at(-1)!.body?.text).toBe("Weekoverzicht");
  });

  it("sends the board as an Adaptive Card with the text as fallback, in the words the core chose", async () => {
    await h.app.outbox.send({
      platform: "teams",
      chatId: CHANNEL,
      text: "Overzicht Lewenborg XL\nGezond: 1 bezig",
      board: {
        wijk: "Lewenborg XL",
        title: "Overview Lewenborg XL",
        pillars: [{ name: "Gezond", columns: [{ status: "bezig", label: "in progress", actions: [{ title: "Watertappunt in de wijk", owner: "Fatima", deadline: "18 dec", overdue: false }] }] }],
      },
    });
    const body = driver.connector().calls.at(-1)!.body as { attachments: { contentType: string; content: Record<string, unknown> }[] };
    expect(body.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(body.attachments[0].content.fallbackText).toBe("Overzicht Lewenborg XL\nGezond: 1 bezig");
    expect(JSON.stringify(body.attachments[0].content)).toContain('"title":"Watertappunt in de wijk","value":"Fatima · 18 dec"');
    expect(JSON.stringify(body.attachments[0].content)).toContain('"text":"Overview Lewenborg XL"');
    expect(JSON.stringify(body.attachments[0].content)).toContain('"text":"in progress (1)"');
  });

  it("edits a sent message in place with updateActivity", async () => {
    const sent = await h.app.outbox.send({ platform: "teams", chatId: CHANNEL, text: "Bord v1" });
    expect(await h.app.outbox.edit(sent!, { platform: "teams", chatId: CHANNEL, text: "Bord v2" })).toBe(true);
    const edit = driver.connector().calls.at(-1)!;
    expect(edit.method).toBe("PUT");
    expect(decodeURIComponent(edit.url)).toBe(`/v3/conversations/${CHANNEL}/activities/${sent!.messageId}`);
    expect(edit.body?.text).toBe("Bord v2");
  });

  it("reads a personal chat as a direct message, without an @mention", async () => {
    const activity = {
      ...channelActivity(driver.connector().serviceUrl, { id: "29:onbekend", name: "Onbekend" }, "", CHANNEL),
      conversation: { id: "a:personal-chat-1", conversationType: "personal", tenantId: "tenant-1" },
      text: "/acties",
      entities: [],
      channelData: { tenant: { id: "tenant-1" } },
    };
    const response = await fetch(`${driver.url()}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    expect(response.status).toBe(200);
    await driver.adapter().stop();
    const reply = driver.connector().calls.at(-1)!;
    expect(decodeURIComponent(reply.url)).toMatch(/^\/v3\/conversations\/a:personal-chat-1\/activities/);
    expect(reply.body?.text).toContain("Ik ken je nog niet");
  });
});

describe("teams: formatting", () => {
  it("turns the core's *bold* into Teams Markdown, keeps lists together and escapes HTML", () => {
    expect(toTeamsMarkdown("*Acties* <script>\n- een\n- twee\nKlaar")).toBe("**Acties** &lt;script&gt;\n\n- een\n- twee\n\nKlaar");
  });
});
