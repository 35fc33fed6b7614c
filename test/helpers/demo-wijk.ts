import { afterEach, beforeEach } from "vitest";
import { createDb, type Db } from "../../src/db.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { createTestDatabase } from "./harness.ts";

/** What a service spec works on: a fresh database holding the demo wijk (Lewenborg XL), without the bot around it. */
export interface DemoWijk {
  db: Db;
  wijkId: string;
  /** The seed's moment: Monday 5 January 2026, 09:00 in Groningen. */
  now: Date;
  /** A person of the demo wijk by display name (Marieke is the coördinator, Henk the voorzitter …). */
  person(name: string): Promise<Awaited<ReturnType<Db["person"]["findFirstOrThrow"]>>>;
  /** An action of the demo wijk by its short name ("watertappunt", "kindteams" …). */
  action(shortName: string): Promise<Awaited<ReturnType<Db["action"]["findFirstOrThrow"]>>>;
  pillarId(name: string): Promise<string>;
}

/** A fresh database with the demo wijk for each test of the calling file; returns a getter. */
export function useDemoWijk(): () => DemoWijk {
  let demo: DemoWijk | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const database = await createTestDatabase();
    dispose = database.dispose;
    const db = await createDb(database.url);
    const now = TRANSCRIPT_START;
    const { wijkId } = await seedDemoWijk(db, now);
    demo = {
      db,
      wijkId,
      now,
      person: (name) => db.person.findFirstOrThrow({ where: { wijkId, displayName: name } }),
      action: (shortName) => db.action.findFirstOrThrow({ where: { wijkId, shortName } }),
      pillarId: async (name) => (await db.pillar.findFirstOrThrow({ where: { wijkId, name } })).id,
    };
  });
  afterEach(async () => {
    await demo?.db.$disconnect();
    await dispose?.();
    demo = undefined;
  });
  return () => demo!;
}
