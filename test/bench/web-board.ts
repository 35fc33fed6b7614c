/**
 * Server time of the web board for a wijk with 1,000 actions (issue 5: well under 100 ms).
 * Run: npx tsx test/bench/web-board.ts — prints median and p95 over repeated requests.
 * Not a unit test: timings depend on the machine, so nothing here asserts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { createDb } from "../../src/db.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";

const ACTIONS = 1000;
const RUNS = 30;

const dir = mkdtempSync(join(tmpdir(), "wijkbot-bench-"));
const path = join(dir, "bench.db");
migrateSqlite(path);
const db = await createDb(`file:${path}`);
const clock = new ManualClock(new Date("2026-11-23T09:00:00Z"));
try {
  const { wijkId } = await seedDemoWijk(db, clock.now());
  const [pillars, people, orgs] = await Promise.all([
    db.pillar.findMany({ where: { wijkId } }),
    db.person.findMany({ where: { wijkId } }),
    db.organisation.findMany({ where: { wijkId } }),
  ]);
  const statuses = ["gepland", "bezig", "klaar", "gestopt", "geparkeerd"];
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < ACTIONS; i++) {
        const action = await tx.action.create({
          data: {
            wijkId,
            title: `Actie ${i}`,
            pillarId: pillars[i % pillars.length].id,
            status: statuses[i % statuses.length],
            ageGroup: ["0-4", "4-12", "12+", "algemeen"][i % 4],
            deadline: new Date(clock.now().getTime() + ((i % 90) - 20) * 86_400_000),
            budgetPlannedCents: 10_000 * (i % 7),
            budgetSpentCents: 5_000 * (i % 3),
            owners: { create: [{ personId: people[i % people.length].id }] },
            partners: { create: [{ organisationId: orgs[i % orgs.length].id }] },
          },
        });
        await tx.progressNote.create({ data: { actionId: action.id, text: `Voortgang ${i}: een zin over wat er gebeurd is.` } });
      }
    },
    { timeout: 300_000 },
  );
  const web = new Hono();
  registerOverviewRoutes(web, { db, clock });
  const token = (await db.wijk.findUniqueOrThrow({ where: { id: wijkId } })).overviewToken;
  for (const page of ["", "?pijler=Gezond", "financien", "pijlers", "projectenboek.csv"]) {
    await web.request(`/w/${token}/${page}`); // warm-up
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const response = await web.request(`/w/${token}/${page}`);
      bytes = (await response.arrayBuffer()).byteLength;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)];
    const p95 = times[Math.floor(RUNS * 0.95)];
    process.stdout.write(`/w/<token>/${page.padEnd(18)} ${ACTIONS + 10} acties: mediaan ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} kB\n`);
  }
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
