import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import type { Db } from "../../src/db.ts";
import { createDb } from "../../src/db.ts";
import { createApp, type App } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger, type Logger } from "../../src/core/logger.ts";
import { addDays, localParts, toInstant } from "../../src/time/amsterdam.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { consoleId, seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import type { OutgoingMessage } from "../../src/core/types.ts";
import { consoleMessage } from "../helpers/message.ts";
import { createTestDatabase, onPostgres } from "../helpers/harness.ts";
import { adminQuery } from "../helpers/postgres.ts";

/** Every name and title in wijk B carries this; it must never reach anyone of wijk A. */
export const MARKER = "ZQXB";
export const B_CHATS = { kartrekkers: "b-kartrekkers", stuurgroep: "b-stuurgroep" } as const;

/**
 * Wijk B mirrors the demo wijk A (Lewenborg XL): the same pillar words, the same first
 * names, the same action titles and short names — each name with the marker appended —
 * so every name lookup in A has a near-identical candidate in B to pick wrongly.
 */
export async function seedWijkB(db: Db, now: Date): Promise<{ wijkId: string; token: string }> {
  return db.$transaction(async (tx) => {
    const { wijk } = await createWijk(tx, {
      name: `Lewenborg ${MARKER}`,
      pillars: ["Kansrijk", "Vreedzaam", "Gezond"].map((p) => ({ name: `${p} ${MARKER}`, goals: [`Doel ${p} ${MARKER}`] })),
      planYear: localParts(now).year,
    });
    const pillars = new Map((await tx.pillar.findMany({ where: { wijkId: wijk.id } })).map((p) => [p.name.split(" ")[0], p.id]));
    const org = await tx.organisation.create({ data: { wijkId: wijk.id, name: `GGD ${MARKER}` } });
    const people = new Map<string, string>();
    const roles: [string, string, string?][] = [
      ["Marieke", "coordinator"], ["Henk", "voorzitter"], ["Ingrid", "stuurgroep"], ["Joke", "aanjager", "Gezond"],
      ["Sanne", "aanjager", "Kansrijk"], ["Fatima", "kartrekker", "Gezond"], ["Ahmed", "kartrekker", "Vreedzaam"], ["Peter", "kartrekker", "Kansrijk"],
    ];
    for (const [first, role, pillar] of roles) {
      const name = `${first} ${MARKER}`;
      const person = await tx.person.create({
        data: {
          wijkId: wijk.id, displayName: name, role, pillarId: pillar ? pillars.get(pillar) : null, organisationId: org.id,
          digestSubscribed: true, createdAt: now,
          identities: { create: { wijkId: wijk.id, platform: "console", externalId: consoleId(name) } },
        },
      });
      people.set(first, person.id);
    }
    for (const kind of ["kartrekkers", "stuurgroep"] as const) {
      await tx.chat.create({ data: { wijkId: wijk.id, platform: "console", externalId: B_CHATS[kind], kind, title: `${kind} ${MARKER}` } });
    }
    const today = localParts(now);
    const actions: [string, string, string, string, number][] = [
      ["Watertappunt in de wijk", "watertappunt", "Gezond", "Fatima", 3],
      ["Eén wijkwebsite", "wijkwebsite", "Vreedzaam", "Ahmed", 8],
      ["Financiële educatie in projectplan Campus 2025", "financiële educatie", "Kansrijk", "Peter", -3],
      ["Ouderbetrokkenheid", "ouderbetrokkenheid", "Vreedzaam", "Ahmed", 12],
      ["Gezonde School vignet voor alle scholen", "gezonde school", "Gezond", "Joke", 1],
      ["Kindteams (KIEM) ook voorschools", "kindteams", "Kansrijk", "Sanne", 5],
    ];
    for (const [title, short, pillar, owner, dueInDays] of actions) {
      const action = await tx.action.create({
        data: {
          wijkId: wijk.id, title: `${title} ${MARKER}`, shortName: short, pillarId: pillars.get(pillar), status: "bezig",
          deadline: toInstant(addDays(today, dueInDays)), startDate: toInstant(addDays(today, -10)), planYear: today.year,
          reachIntended: 100, reachReached: 10, budgetPlannedCents: 100_00, budgetSpentCents: 10_00,
          createdAt: now, lastActivityAt: now,
          owners: { create: { personId: people.get(owner)! } }, partners: { create: { organisationId: org.id } },
        },
      });
      await tx.progressNote.create({ data: { actionId: action.id, personId: people.get(owner), text: `Notitie ${MARKER}`, createdAt: now } });
      await tx.historyEntry.create({ data: { wijkId: wijk.id, actionId: action.id, personId: people.get(owner), batchId: `seed-${action.id}`, field: "status", fromValue: "gepland", toValue: "bezig", createdAt: now } });
    }
    // A decision of B's stuurgroep (/besluitenlijst and the web page read decisions).
    await tx.decision.create({ data: { wijkId: wijk.id, text: `Besluit ${MARKER}`, createdAt: now } });
    return { wijkId: wijk.id, token: wijk.overviewToken };
  });
}

/** A seeded database that each test case copies, so 200 cases do not each migrate and seed (SQLite file copy, PostgreSQL TEMPLATE). */
export interface SeededTemplate {
  clone(): Promise<Clone>;
  dispose(): Promise<void>;
}

export interface Clone {
  db: Db;
  app: App;
  clock: ManualClock;
  say(name: string, text: string, options?: { chat?: string }): Promise<OutgoingMessage[]>;
  close(): Promise<void>;
}

export async function seededTemplate(seed: (db: Db, now: Date) => Promise<unknown> = (db, now) => seedDemoWijk(db, now)): Promise<SeededTemplate> {
  const base = await createTestDatabase();
  const db = await createDb(base.url);
  await seed(db, TRANSCRIPT_START);
  await db.$disconnect();
  const admin = onPostgres ? ((inject("postgresAdminUrl" as never) as string | undefined) ?? process.env.WIJKBOT_TEST_PG_ADMIN_URL)! : "";
  const baseName = onPostgres ? base.url.slice(base.url.lastIndexOf("/") + 1) : "";
  return {
    async clone() {
      let url: string;
      let dispose: () => Promise<void>;
      if (onPostgres) {
        const name = `c_${randomBytes(6).toString("hex")}`;
        await adminQuery(admin, `CREATE DATABASE ${name} TEMPLATE ${baseName}`);
        url = admin.replace(/\/postgres$/, `/${name}`);
        dispose = () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } else {
        const dir = mkdtempSync(join(tmpdir(), "wijkbot-clone-"));
        const path = join(dir, "test.db");
        copyFileSync(base.path, path);
        url = `file:${path}`;
        dispose = async () => rmSync(dir, { recursive: true, force: true });
      }
      const cdb = await createDb(url);
      const clock = new ManualClock(TRANSCRIPT_START);
      const app = createApp({ db: cdb, clock, logger: silentLogger });
      return {
        db: cdb,
        app,
        clock,
        say: (name, text, o = {}) => app.bot.handle(consoleMessage(name, text, clock.now(), { chat: o.chat })),
        async close() {
          await app.liveBoard.idle?.();
          await cdb.$disconnect();
          await dispose();
        },
      };
    },
    dispose: base.dispose,
  };
}

export type { Logger };
