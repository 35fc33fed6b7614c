/**
 * `npm run bench`: the performance targets of wijkbot, measured on this machine, printed as
 * one table (and written to .bench-results.json for BENCHMARKS.md). Not a test: nothing
 * here asserts; a missed target is shown as such.
 */
import { spawnSync } from "node:child_process";
import { consoleMessage } from "../helpers/message.ts";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import os from "node:os";
import { Hono } from "hono";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import type { Adapter, OutgoingMessage } from "../../src/core/types.ts";
import { toInstant, addDays, localParts } from "../../src/time/amsterdam.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { getBoard } from "../../src/services/get-board.ts";
import { renderBoard } from "../../src/render/board.ts";
import { getWeeklyDigest } from "../../src/services/get-weekly-digest.ts";
import { renderWeeklyDigest } from "../../src/render/weekly-digest.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import type { Db } from "../../src/db.ts";
import { addBulkActions } from "./fixtures.ts";
import { understand } from "../../src/understand/index.ts";
import { loadWorld } from "../../src/core/steps/understand.ts";
import { ActionIndexCache } from "../../src/action-names/action-index.ts";
import { benchPostgres, benchSqlite, percentile, stopBenchPostgres, type BenchDatabase } from "./setup.ts";
import { schedulerFlood } from "./scheduler-flood.ts";
import { chatFlood } from "./chat-flood.ts";
import { diskFullRecovery } from "./disk-full.ts";

interface Row {
  metric: string;
  value: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];
const record = (metric: string, value: string, target: string, met: boolean | null) => {
  rows.push({ metric, value, target, met });
  process.stderr.write(`  ${metric}: ${value}\n`);
};
const ms = (n: number) => `${n.toFixed(2)} ms`;
const START = toInstant({ year: 2026, month: 1, day: 5 }, 9, 0);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 1000);

/** A platform that accepts everything instantly (what is measured is wijkbot, not a network). */
function nullAdapter(name: string): Adapter & { sent: number } {
  return {
    name,
    sent: 0,
    async start() {},
    async stop() {},
    async send(message: OutgoingMessage) {
      this.sent++;
      return { platform: name, chatId: message.chatId, messageId: String(this.sent) };
    },
  };
}

/** The understanding step alone (load what it needs, read the sentence), on typical free text, with 10,000 actions. */
async function understandingLatency(app: ReturnType<typeof createApp>, wijkId: string, kind: string) {
  const wijk = await app.db.wijk.findUniqueOrThrow({ where: { id: wijkId } });
  const messages = [
    "watertappunt is klaar, de kinderen hebben geoogst",
    "is de wijkwebsite al af?",
    "verzet het watertappunt naar 1 april",
    "35 kinderen bereikt bij de 2e schil",
    "herinner me maandag aan de subsidieaanvraag",
    "wat is er te laat?",
    "update kindteams: eerste overleg met de consultatiebureaus gehad",
    "wie is de aanjager van Gezond?",
  ];
  const deps = { db: app.db, clock: app.clock, router: app.bot.router, actionIndexes: new ActionIndexCache() };
  const times: number[] = [];
  for (let i = 0; i < 100 + COMMANDS; i++) {
    const text = messages[i % messages.length];
    const message = consoleMessage("Marieke", text, app.clock.now(), { messageId: `u-${i}` });
    const t = performance.now();
    await understand(text, await loadWorld(deps, { message }, wijkId, wijk.settings));
    if (i >= 100) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  record(`understanding step p50, free text, 10,000 actions (${kind})`, ms(p50), "< 2 ms", p50 < 2);
}

async function commandLatency(bench: BenchDatabase) {
  process.stderr.write(`command latency on ${bench.kind}…\n`);
  const clock = new ManualClock(START);
  const { wijkId } = await seedDemoWijk(bench.db, clock.now());
  await addBulkActions(bench.db, wijkId, 10_000, clock.now());
  const app = createApp({ db: bench.db, clock, logger: silentLogger });
  const sample = await bench.db.action.findMany({ where: { wijkId, status: { in: ["gepland", "bezig", "klaar"] } }, select: { title: true, status: true }, take: 2000, orderBy: { id: "asc" } });
  const titles = sample.map((a) => a.title);
  let n = 0;
  // Every command really changes its action: alternate each action between klaar and bezig.
  const done = new Set(sample.filter((a) => a.status === "klaar").map((a) => a.title));
  const run = async (count: number) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++, n++) {
      const title = titles[(n * 37) % titles.length];
      const status = done.has(title) ? "bezig" : "klaar";
      if (status === "klaar") done.add(title);
      else done.delete(title);
      const text = `/actie ${status} ${title}`;
      const t = performance.now();
      const replies = await app.bot.handle(consoleMessage("Marieke", text, clock.now(), { messageId: `bench-${n}` }));
      times.push(performance.now() - t);
      if (!/^(✅|🔧)/u.test(replies[0]?.text ?? "")) throw new Error(`unexpected reply: ${replies[0]?.text}`);
    }
    return times;
  };
  await run(100); // warm-up: JIT, caches, the name index
  const times = (await run(COMMANDS)).sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  record(`/actie klaar|bezig p50, 10,000 actions (${bench.kind})`, ms(p50), "–", null);
  record(`/actie klaar|bezig p99, 10,000 actions (${bench.kind})`, ms(p99), bench.kind === "sqlite" ? "< 10 ms" : "–", bench.kind === "sqlite" ? p99 < 10 : null);

  // The same database, the same run: a bare single-row Prisma update by primary key.
  const ids = (await bench.db.action.findMany({ where: { wijkId }, select: { id: true }, skip: 5000, take: 1000, orderBy: { id: "asc" } })).map((a) => a.id);
  const bare: number[] = [];
  for (let i = 0; i < COMMANDS + 100; i++) {
    const t = performance.now();
    await bench.db.action.update({ where: { id: ids[i % ids.length] }, data: { status: i % 2 ? "klaar" : "bezig" } });
    if (i >= 100) bare.push(performance.now() - t);
  }
  bare.sort((a, b) => a - b);
  const ratio = p50 / percentile(bare, 50);
  record(`bare Prisma update p50 (${bench.kind})`, ms(percentile(bare, 50)), "–", null);
  await understandingLatency(app, wijkId, bench.kind);
  record(`ratio full /actie klaar : bare update (${bench.kind}, p50)`, `${ratio.toFixed(1)}×`, "≤ 2×", ratio <= 2);

  if (bench.kind === "sqlite") {
    // Sustained throughput: as many commands as possible for 5 s, one after another
    // (SQLite has one writer; concurrency adds no throughput, only waiting).
    const until = performance.now() + 5000;
    let done = 0;
    while (performance.now() < until) {
      await run(20);
      done += 20;
    }
    const perSecond = done / 5;
    record("sustained commands per second (sqlite, sequential)", `${perSecond.toFixed(0)}/s`, "≥ 1,000/s", perSecond >= 1000);
  }
}

async function schedulerTick(bench: BenchDatabase) {
  process.stderr.write(`scheduler tick on ${bench.kind}…\n`);
  const clock = new ManualClock(START);
  const wijkIds: string[] = [];
  const { wijkId: demo } = await seedDemoWijk(bench.db, clock.now());
  wijkIds.push(demo);
  for (let w = 1; w < 10; w++) {
    const { wijk } = await createWijk(bench.db, { name: `Benchwijk ${w}`, pillars: [{ name: "Kansrijk" }, { name: "Gezond" }] });
    const people = [];
    for (let p = 0; p < 10; p++) people.push({ wijkId: wijk.id, displayName: `Persoon ${w}-${p}`, createdAt: clock.now() });
    await bench.db.person.createMany({ data: people });
    await bench.db.chat.create({ data: { wijkId: wijk.id, platform: "bench", externalId: `groep-${w}`, kind: "kartrekkers" } });
    wijkIds.push(wijk.id);
  }
  await bench.db.chat.create({ data: { wijkId: demo, platform: "bench", externalId: "groep-0", kind: "kartrekkers" } });
  for (const wijkId of wijkIds) await addBulkActions(bench.db, wijkId, 10_000, clock.now());
  // 10,000 of the 100,000 actions reach "7 days before the deadline" at the tick: 09:00 a week on —
  // in every wijk its first 1,000 open bench actions (by number), so each run sends the same.
  const due = toInstant(addDays(localParts(START), 7));
  const ids: string[] = [];
  const numberOf = (id: string) => Number(id.slice(id.lastIndexOf("-") + 1));
  for (const wijkId of wijkIds) {
    const open = await bench.db.action.findMany({ where: { wijkId, status: { in: ["gepland", "bezig"] }, id: { startsWith: "bench-" } }, select: { id: true } });
    ids.push(...open.map((a) => a.id).sort((a, b) => numberOf(a) - numberOf(b)).slice(0, 1000));
  }
  const far = toInstant(addDays(localParts(START), 300));
  await bench.db.action.updateMany({ where: { status: { in: ["gepland", "bezig"] } }, data: { deadline: far } });
  for (let i = 0; i < ids.length; i += 500) await bench.db.action.updateMany({ where: { id: { in: ids.slice(i, i + 500) } }, data: { deadline: due } });
  const app = createApp({ db: bench.db, clock, logger: silentLogger });
  const adapter = nullAdapter("bench");
  app.outbox.register(adapter);
  // The demo wijk's people are reached in its console chats.
  const consoleAdapter = nullAdapter("console");
  app.outbox.register(consoleAdapter);
  await app.scheduler.init(new Date(START.getTime() - 60_000));
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = await app.scheduler.tick(START);
  await app.outbox.idle();
  const elapsed = performance.now() - t;
  const { user, system } = process.cpuUsage(cpu);
  const deliveries = await bench.db.delivery.count();
  record(`scheduler tick, 100,000 actions, ${deliveries} due deliveries (${bench.kind})`, ms(elapsed), "< 1 s", elapsed < 1000);
  process.stderr.write(`  (CPU ${ms((user + system) / 1000)}; sent ${result.sent}, dropped ${result.dropped}, adapters got ${adapter.sent} + ${consoleAdapter.sent} messages)\n`);
}

async function renders(bench: BenchDatabase) {
  process.stderr.write(`renders on ${bench.kind}…\n`);
  const clock = new ManualClock(START);
  const { wijkId } = await seedDemoWijk(bench.db, clock.now());
  await addBulkActions(bench.db, wijkId, 990, clock.now());
  const time = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return percentile(times.sort((a, b) => a - b), 50);
  };
  const board = await time(async () => renderBoard(await getBoard(bench.db, { wijkId, now: clock.now() }), clock.now()));
  record("chat board render, 1,000 actions (p50)", ms(board), "< 100 ms", board < 100);
  const digest = await time(async () => renderWeeklyDigest(await getWeeklyDigest(bench.db, { wijkId, end: clock.now() }), "nl", clock.now()));
  record("weekly digest render, 1,000 actions (p50)", ms(digest), "< 100 ms", digest < 100);
  const web = new Hono();
  registerOverviewRoutes(web, { db: bench.db as Db, clock });
  const token = (await bench.db.wijk.findUniqueOrThrow({ where: { id: wijkId } })).overviewToken;
  const page = await time(async () => {
    const res = await web.request(`/w/${token}/`);
    if (res.status !== 200) throw new Error(`web board ${res.status}`);
    await res.text();
  });
  record("web board page, 1,000 actions (p50, server time)", ms(page), "< 100 ms", page < 100);
}

/** Scheduled messages while one Telegram group has 600 replies queued (issue 12): see scheduler-flood.ts. */
async function floodDelay(bench: BenchDatabase) {
  process.stderr.write(`scheduled messages while one chat floods (${bench.kind}, virtual time)…\n`);
  const r = await schedulerFlood(bench);
  record("scheduled-message delay to other chats while one group floods (600 queued), p50 / max", `${r.othersP50S.toFixed(0)} / ${r.othersMaxS.toFixed(0)} s`, "on time (< 60 s)", r.othersMaxS < 60);
  record("the flooded group's own reminders, delay p50 / max", `${r.floodedP50Min.toFixed(0)} / ${r.floodedMaxMin.toFixed(0)} min`, "–", null);
  record("Delivery.sentAt = the moment the platform got it", `${r.sentAtExact} / ${r.deliveries}`, "all", r.sentAtExact === r.deliveries);
}

/** Idle memory as `npm start` runs (compiled JavaScript, its node flags), and through tsx for comparison. */
async function idleRss() {
  process.stderr.write("idle RSS…\n");
  const { ensureCompiled, compileFile } = (await import(pathToFileURL(join(process.cwd(), "src/run-compiled.mjs")).href)) as {
    ensureCompiled(): Promise<string>;
    compileFile(file: string): Promise<string>;
  };
  await ensureCompiled();
  const compiled = await compileFile(join(process.cwd(), "test/bench/idle-rss.ts"));
  const startFlags = /^node (.*) src\/run-compiled\.mjs$/.exec(JSON.parse(readFileSync("package.json", "utf8")).scripts.start)?.[1].split(" ") ?? [];
  const runs = [
    ["all", "idle RSS, all adapters loaded (npm start: compiled, node flags)", [...startFlags, compiled]],
    ["core", "idle RSS, one process without platform SDKs (npm start: compiled, node flags)", [...startFlags, compiled]],
    ["all", "idle RSS, all adapters loaded (tsx)", ["--import", "tsx", "test/bench/idle-rss.ts"]],
    ["core", "idle RSS, one process without platform SDKs (tsx)", ["--import", "tsx", "test/bench/idle-rss.ts"]],
  ] as const;
  for (const [mode, label, args] of runs) {
    const result = spawnSync(process.execPath, ["--expose-gc", ...args, mode], { encoding: "utf8", timeout: 120_000 });
    const mb = Number(result.stdout.trim());
    if (!Number.isFinite(mb)) throw new Error(`idle-rss failed: ${result.stderr}`);
    record(label, `${mb.toFixed(0)} MB`, "< 200 MB", mb < 200);
  }
}

/** One member floods a Telegram group through the whole message path (issue 12): see chat-flood.ts. */
async function chatFloodFigures(bench: BenchDatabase) {
  process.stderr.write(`one chat floods through the message path (${bench.kind}, virtual platform time)…\n`);
  const r = await chatFlood(bench);
  record(`commands handled per second while one chat floods (${r.messages} messages, fair share on)`, `${r.perSecond.toFixed(0)}/s`, "–", null);
  record("platform messages to the flooded group (replies merged)", String(r.groupMessages), "–", null);
  record("the other member's private replies during the flood, max delay", `${r.otherReplyMaxS.toFixed(0)} s`, "< 60 s", r.otherReplyMaxS < 60);
  record(`scheduled-message delay under that flood (${r.reminders} reminders), p50 / max`, `${r.reminderP50S.toFixed(0)} / ${r.reminderMaxS.toFixed(0)} s`, "on time (< 60 s)", r.reminderMaxS < 60);
}

/** Recovery after a full disk (issue 12): see disk-full.ts. */
async function diskFull() {
  process.stderr.write("recovery after a full disk…\n");
  const r = await diskFullRecovery();
  record(`answer while the disk is full (${r.how}), median`, ms(r.failingAnswerMs), "–", null);
  record(`"probeer het zo nog eens" while full (${r.how})`, r.failedAnswers, "all", r.failedAnswers === "5 / 5");
  record(`recovery after a disk-full (${r.how}): space freed → next command stored`, ms(r.recoveryMs), "first command", Number.isFinite(r.recoveryMs));
}

const only = process.argv[2];
try {
  if (!only || only === "latency") {
    const s = await benchSqlite();
    await commandLatency(s);
    await s.close();
    const p = await benchPostgres("bench_latency");
    if (p) {
      await commandLatency(p);
      await p.close();
    } else record("PostgreSQL", "not installed here", "–", null);
  }
  if (!only || only === "tick") {
    const s = await benchSqlite();
    await schedulerTick(s);
    await s.close();
  }
  if (!only || only === "render") {
    const s = await benchSqlite();
    await renders(s);
    await s.close();
  }
  if (!only || only === "flood") {
    const s = await benchSqlite();
    await floodDelay(s);
    await s.close();
  }
  if (!only || only === "chatflood") {
    const s = await benchSqlite();
    await chatFloodFigures(s);
    await s.close();
  }
  if (!only || only === "diskfull") await diskFull();
  if (!only || only === "rss") await idleRss();
} finally {
  stopBenchPostgres();
}

const header = `wijkbot benchmarks — ${new Date().toISOString().slice(0, 10)} — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`;
const width = Math.max(...rows.map((r) => r.metric.length));
const lines = [header, "", `| ${"metric".padEnd(width)} | value | target | met |`, `|${"-".repeat(width + 2)}|---|---|---|`];
for (const r of rows) lines.push(`| ${r.metric.padEnd(width)} | ${r.value} | ${r.target} | ${r.met === null ? "" : r.met ? "yes" : "NO"} |`);
process.stdout.write(`${lines.join("\n")}\n`);
writeFileSync(".scratch-bench-results.md", `${lines.join("\n")}\n`);
