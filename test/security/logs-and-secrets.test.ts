import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createApp } from "../../src/app.ts";
import { createBot } from "../../src/core/bot.ts";
import { Outbox, type OutboxTiming } from "../../src/core/outbox.ts";
import { Scheduler } from "../../src/scheduler/engine.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { commands } from "../../commands/index.ts";
import type { Db } from "../../src/db.ts";
import type { ScheduledJob } from "../../src/scheduler/types.ts";
import { at } from "../scheduler/helpers.ts";

/** What must never reach a log line: a phone number, a message text, a name, a chat id. */
const SECRETS = ["0612345678", "geheim-bericht", "Fatima", "31612345678@s.whatsapp.net"];

let h: Harness;
let lines: string[];
let logger: pino.Logger;
beforeEach(async () => {
  lines = [];
  logger = pino(
    { level: "trace" },
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  h = await createHarness({ start: at("2026-03-02 08:00"), logger });
});
afterEach(async () => h.close());

function expectClean(extra: string[] = []) {
  const all = lines.join("\n");
  for (const secret of [...SECRETS, ...extra]) expect(all, `log holds "${secret}"`).not.toContain(secret);
}

/** An error as Prisma and platform SDKs make them: the message echoes the data that was being written or sent. */
function echoingError(): Error {
  const error = new Error("Invalid `tx.progressNote.create()` invocation:\n{ data: { text: \"geheim-bericht 0612345678 van Fatima\" } }\n→ to 31612345678@s.whatsapp.net");
  error.name = "PrismaClientValidationError";
  return error;
}

describe("no personal data in logs", () => {
  it("the core logs an unexpected failure without the message, the error's echo of it, or the sender", async () => {
    // A database whose writes fail with an error that repeats the data, as Prisma's validation errors do.
    const failing = new Proxy(h.db, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
        return () => Promise.reject(echoingError());
      },
    }) as Db;
    const bot = createBot({ db: failing, clock: h.clock, logger, commands });
    const out = await bot.handle(h.message("Fatima", "/actie update watertappunt geheim-bericht 0612345678"));
    expect(out[0].text).toMatch(/Er ging iets mis/);
    expect(lines.join("\n")).toContain("unexpected error while handling a message");
    expectClean();
  });

  it("the scheduler logs a failing job and a message the platform refused, without texts, names or chat ids", async () => {
    const failingJob: ScheduledJob = {
      id: "failing",
      async schedule(_ctx, window) {
        const dueAt = at("2026-03-02 09:00");
        return dueAt > window.from && dueAt <= window.to ? [{ key: "failing:1", dueAt, recipient: { chatKind: "kartrekkers" }, data: {} }] : [];
      },
      async handler() {
        throw echoingError();
      },
    };
    const sendingJob: ScheduledJob = {
      id: "sending",
      async schedule(_ctx, window) {
        const dueAt = at("2026-03-02 09:00");
        return dueAt > window.from && dueAt <= window.to ? [{ key: "sending:1", dueAt, recipient: { chatKind: "kartrekkers" }, data: {} }] : [];
      },
      async handler() {
        return "geheim-bericht voor Fatima 0612345678";
      },
    };
    const timing: OutboxTiming = { now: () => 0, sleep: async () => undefined };
    const outbox = new Outbox(logger, timing);
    outbox.register({
      name: "console",
      async start() {},
      async stop() {},
      async send() {
        throw Object.assign(echoingError(), { status: 403 });
      },
    });
    const scheduler = new Scheduler({ db: h.db, logger, outbox, jobs: [failingJob, sendingJob] });
    await scheduler.init(h.clock.now());
    await scheduler.advanceTo(h.clock, at("2026-03-02 12:00"));
    const all = lines.join("\n");
    expect(all).toContain("building a scheduled message failed");
    expect(all).toContain("gave up sending a message");
    expectClean();
  });

  it("the web server's error path logs neither the overview token in the address nor the error's echo", async () => {
    const token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
    const http = createHttpServer({ port: 0, logger });
    const broken = new Proxy(h.db, {
      get(target, prop, receiver) {
        if (prop === "action") return new Proxy(target.action, { get: () => () => Promise.reject(echoingError()) });
        return Reflect.get(target, prop, receiver);
      },
    }) as Db;
    registerOverviewRoutes(http.app, { db: broken, clock: h.clock });
    const response = await http.app.request(`/w/${token}/`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("geheim");
    expect(lines.join("\n")).toContain("http handler failed");
    expectClean([token]);
  });

  it("a full app run (commands, board, scheduler) logs no names or texts", async () => {
    const app = createApp({ db: h.db, clock: h.clock, logger });
    await app.bot.handle(h.message("Fatima", "/actie update watertappunt geheim-bericht 0612345678"));
    await app.scheduler.init(h.clock.now());
    await app.scheduler.advanceTo(h.clock, at("2026-03-10 12:00"));
    expectClean(["Watertappunt"]);
  });
});

const root = fileURLToPath(new URL("../..", import.meta.url));
const SKIP_DIRS = new Set(["node_modules", ".git", "test", "generated", "data", ".scratch", "docs-drafts", "migrations"]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|cjs|json|sh|prisma|ya?ml|toml)$/.test(name) && name !== "package-lock.json") out.push(path);
  }
  return out;
}

/** Shapes of real credentials: a hard-coded one in the source tree is a leak waiting to happen. */
const CREDENTIAL_PATTERNS: [string, RegExp][] = [
  ["Telegram bot token", /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/],
  ["password/secret/token literal", /\b(password|passwd|secret|api[_-]?key|auth[_-]?token|bot[_-]?token|app[_-]?password)\b["']?\s*[:=]\s*["'][^"'\s]{8,}["']/i],
  ["URL with a password", /\b[a-z]+:\/\/[^/\s:@"'`]+:[^@\s"'`$]{3,}@/i],
  ["private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["AWS key", /\bAKIA[0-9A-Z]{16}\b/],
  ["Slack/GitHub token", /\b(xox[abp]-[A-Za-z0-9-]{10,}|gh[pous]_[A-Za-z0-9]{30,})\b/],
];

describe("secrets come only from the environment", () => {
  it("no credential is hard-coded anywhere outside test/ and .env.example", () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const [what, pattern] of CREDENTIAL_PATTERNS) {
        const m = pattern.exec(text);
        if (m) found.push(`${relative(root, file)}: ${what}: ${m[0].slice(0, 40)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the credential patterns do catch real-looking secrets (the scan can fail)", () => {
    const samples = [
      "const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';",
      'const config = { password: "hunter2hunter2" };',
      "postgresql://wijkbot:s3cret@db.example.nl/wijkbot",
    ];
    for (const sample of samples) expect(CREDENTIAL_PATTERNS.some(([, p]) => p.test(sample)), sample).toBe(true);
  });

  it("platform credentials are read from the environment in the adapters' factories", () => {
    const read = (path: string) => readFileSync(join(root, path), "utf8");
    expect(read("adapters/telegram/index.ts")).toMatch(/env\.TELEGRAM_BOT_TOKEN/);
    expect(read("adapters/telegram/index.ts")).toMatch(/env\.TELEGRAM_WEBHOOK_SECRET/);
    expect(read("adapters/teams/index.ts")).toMatch(/env\.MICROSOFT_APP_PASSWORD/);
  });
});

describe("tokens are compared in constant time", () => {
  const lookup = () => readFileSync(join(root, "src/services/find-wijk-by-overview-token.ts"), "utf8");

  it("the web token check uses crypto.timingSafeEqual on fixed-length digests, and no plain comparison", () => {
    const code = lookup();
    expect(code).toMatch(/import \{[^}]*timingSafeEqual[^}]*\} from "node:crypto"/);
    expect(code).toMatch(/timingSafeEqual\(presented, digest\(/);
    expect(code).not.toMatch(/overviewToken\s*(===|!==|==)/);
    expect(code).not.toMatch(/where:\s*\{\s*overviewToken/);
  });

  it("nothing else in the code looks a wijk up by its token in the database (an indexed lookup is not constant time)", () => {
    const offenders = sourceFiles(join(root, "src"))
      .concat(sourceFiles(join(root, "adapters")), sourceFiles(join(root, "commands")))
      .filter((f) => /where:\s*\{\s*overviewToken/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
    expect(readFileSync(join(root, "src/web/routes.tsx"), "utf8")).toMatch(/findWijkByOverviewToken\(db, token\)/);
  });
});
