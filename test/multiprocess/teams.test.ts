import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, onPostgres } from "../helpers/harness.ts";
import { createDb, type Db } from "../../src/db.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { channelActivity, startFakeConnector } from "../adapters/drivers/teams-driver.ts";
import { spawnTs, until, type Child } from "./spawn.ts";

const CHANNEL = "19:werkgroep@thread.tacv2";
const ACTIONS = 30;
/** Activities the Bot Framework delivers to both instances (a retry landing on the other process). */
const DELIVERED_TWICE = [3, 8, 15, 22, 29];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Teams traffic spread over two real `npm start` processes (src/main.ts) on one PostgreSQL
 * database, as behind a load balancer: each process gets half of the activities of one
 * channel, some activities arrive at both. Every change lands exactly once.
 */
describe.runIf(onPostgres)("Teams traffic spread over two processes", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let dir: string;
  const bots: { child: Child; url: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await createDb(database.url);
    connector = await startFakeConnector();
    dir = mkdtempSync(join(tmpdir(), "wijkbot-teams-"));
  });
  afterAll(async () => {
    for (const b of bots) if (b.child.process.exitCode === null) b.child.process.kill("SIGKILL");
    await connector?.stop();
    await db?.$disconnect();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("each process handles its share and a doubly delivered activity changes nothing twice", async () => {
    const now = new Date();
    const { wijkId } = await seedDemoWijk(db, now);
    await db.chat.create({ data: { wijkId, platform: "teams", externalId: CHANNEL, kind: "kartrekkers", title: "Werkgroep" } });
    const marieke = await db.person.findFirstOrThrow({ where: { wijkId, displayName: "Marieke" } });
    // Both her Teams ids are known beforehand: two processes meeting a sender's new id at the same
    // moment is a separate race (resolve-sender, see the issue 7 report), not what this test is about.
    await db.identity.createMany({
      data: ["29:marieke", "aad-29:marieke"].map((externalId) => ({ wijkId, personId: marieke.id, platform: "teams", externalId })),
    });

    for (let i = 1; i <= 2; i++) {
      const port = await freePort();
      const child = spawnTs("src/main.ts", {
        DATABASE_URL: database.url,
        TEAMS_ENABLED: "1",
        MICROSOFT_APP_ID: "",
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        LOG_FILE: join(dir, `bot${i}.log`),
      });
      bots.push({ child, url: `http://127.0.0.1:${port}` });
    }
    for (const bot of bots) {
      const up = await until(async () => (await fetch(`${bot.url}/healthz`).catch(() => undefined))?.ok === true, 60_000, 250);
      expect(up, bot.child.stderr()).toBe(true);
    }

    const post = (bot: (typeof bots)[number], activity: unknown) =>
      fetch(`${bot.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) }).then((r) => r.status);
    const activities = Array.from({ length: ACTIONS }, (_, i) =>
      channelActivity(connector.serviceUrl, { id: "29:marieke", name: "Marieke" }, `/actie nieuw Spreiding ${i + 1} pijler Gezond`, CHANNEL),
    );
    // Both processes at the same time, each in its own order, as a load balancer spreads them.
    const statuses = await Promise.all([
      (async () => {
        const out: number[] = [];
        for (const [i, a] of activities.entries()) if (i % 2 === 0 || DELIVERED_TWICE.includes(i + 1)) out.push(await post(bots[0], a));
        return out;
      })(),
      (async () => {
        const out: number[] = [];
        for (const [i, a] of activities.entries()) if (i % 2 === 1 || DELIVERED_TWICE.includes(i + 1)) out.push(await post(bots[1], a));
        return out;
      })(),
    ]);
    expect(statuses.flat().every((s) => s === 200)).toBe(true);

    const titles = Array.from({ length: ACTIONS }, (_, i) => `Spreiding ${i + 1}`);
    const confirmations = () => connector.calls.filter((c) => /staat op gepland/.test(String(c.body?.text ?? "")));
    await until(() => confirmations().length >= ACTIONS, 30_000);

    // Every action exists once, with its "created" history and its owner: nothing doubled, nothing half.
    const actions = await db.action.findMany({ where: { wijkId, title: { in: titles } }, include: { owners: true, history: true } });
    expect(actions.map((a) => a.title).sort()).toEqual([...titles].sort());
    for (const action of actions) {
      expect(action.owners.map((o) => o.personId)).toEqual([marieke.id]);
      expect(action.history.filter((h) => h.field === "created")).toHaveLength(1);
    }
    expect(await db.processedMessage.count({ where: { platform: "teams" } })).toBe(ACTIONS);

    // Each action was confirmed once in the channel, whichever process handled it.
    const confirmed = confirmations().map((c) => /Spreiding (\d+) /.exec(String(c.body?.text))?.[1]);
    expect(confirmed.sort()).toEqual(titles.map((t) => t.split(" ")[1]).sort());
    // Other replies only answer the second copy of a doubly delivered activity; they changed nothing.
    // (Known: when both copies run at the same moment, the loser answers "er ging iets mis … probeer het
    // zo nog eens" instead of staying silent — see the issue 7 report.)
    const others = connector.calls.filter((c) => c.body?.type === "message" && !/staat op gepland/.test(String(c.body?.text ?? "")));
    expect(others.length).toBeLessThanOrEqual(DELIVERED_TWICE.length);
    for (const reply of others) expect(String(reply.body?.text)).toMatch(/^Er bestaat al een actie "Spreiding \d+"|^Er ging iets mis aan mijn kant; er is niets veranderd/);

    for (const bot of bots) bot.child.process.kill("SIGTERM");
    await Promise.all(bots.map((b) => b.child.exited));
  }, 150_000);
});
