import { z } from "zod";
import { defineCommand, type CommandContext, type Reply } from "../src/core/command.ts";
import { carryOpenActions } from "../src/services/carry-open-actions.ts";
import { setPlanYear } from "../src/services/set-plan-year.ts";
import { summarizePlanYear } from "../src/services/summarize-plan-year.ts";
import { listCheckIns } from "../src/services/list-check-ins.ts";
import { startCheckIn } from "../src/services/start-check-in.ts";
import { renderCheckIn } from "../src/render/check-in.ts";
import { translator } from "../src/i18n/index.ts";
import { localParts } from "../src/time/amsterdam.ts";
import { formatNumber } from "../src/render/format.ts";
import { fold } from "../src/parse/text.ts";

const CARRY_WORDS = ["meenemen", "meeneem", "doorschuiven", "carry", "carry over"];
const SUMMARY_WORDS = ["overzicht", "samenvatting", "jaaroverzicht", "summary", "overview"];
const CHECK_WORDS = ["check", "tussenstand", "evaluatie", "checkin"];

export default defineCommand({
  name: "jaarplan",
  aliases: ["planjaar", "yearplan", "year plan", "plan year"],
  summary: "het planjaar: instellen (/jaarplan 2026), open acties meenemen (/jaarplan 2027 meenemen), jaaroverzicht per pijler, of de tussentijdse check nu sturen",
  summaryEn: "the plan year: set it (/yearplan 2026), carry open actions (/yearplan 2027 carry), the year summary per pillar, or send the mid-year check now",
  usage: "/jaarplan [jaar [meenemen] | overzicht [jaar] | check]",
  examples: ["/jaarplan 2026", "/jaarplan 2027 meenemen", "/jaarplan overzicht", "/jaarplan check"],
  mutates: true,
  parse(rest) {
    const words = fold(rest.trim()).split(/\s+/).filter(Boolean);
    const year = words.find((w) => /^\d{4}$/.test(w));
    const others = words.filter((w) => w !== year).join(" ");
    if (!words.length) return { kind: "show" };
    if (SUMMARY_WORDS.includes(others)) return { kind: "summary", year: year ? Number(year) : undefined };
    if (CHECK_WORDS.includes(others) && !year) return { kind: "check" };
    if (year && !others) return { kind: "set", year: Number(year) };
    if (year && CARRY_WORDS.includes(others)) return { kind: "carry", year: Number(year) };
    return { kind: "invalid" };
  },
  schema: z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("show") }),
      z.object({ kind: z.literal("check") }),
      z.object({ kind: z.literal("summary"), year: z.number().int().min(2000, "plan.yearRange").max(2100, "plan.yearRange").optional() }),
      z.object({ kind: z.literal("set"), year: z.number().int().min(2000, "plan.yearRange").max(2100, "plan.yearRange") }),
      z.object({ kind: z.literal("carry"), year: z.number().int().min(2000, "plan.yearRange").max(2100, "plan.yearRange") }),
    ],
    { error: "plan.yearShape" },
  ),
  async run(ctx, args) {
    switch (args.kind) {
      case "show":
        return show(ctx);
      case "summary":
        return summary(ctx, args.year ?? ctx.wijk.planYear ?? localParts(ctx.now).year);
      case "set": {
        ctx.requireRole(["coordinator"], "plan.what");
        const { changed } = await setPlanYear(ctx.tx, { wijk: ctx.wijk, year: args.year });
        return changed ? ctx.t("plan.set", { wijk: ctx.wijk.name, year: args.year }) : ctx.t("plan.unchanged", { year: args.year });
      }
      case "carry": {
        ctx.requireRole(["coordinator"], "plan.what");
        const { count, from } = await carryOpenActions(ctx.tx, ctx.meta, { wijk: ctx.wijk, year: args.year });
        const fromText = from ?? args.year - 1;
        return count ? ctx.t("plan.carried", { year: args.year, count, from: fromText }) : ctx.t("plan.carriedNothing", { year: args.year, from: fromText });
      }
      case "check":
        return check(ctx);
    }
  },
});

async function show(ctx: CommandContext): Promise<string> {
  const year = ctx.wijk.planYear;
  if (!year) return ctx.t("plan.none", { wijk: ctx.wijk.name, year: localParts(ctx.now).year });
  const rows = await summarizePlanYear(ctx.tx, { wijkId: ctx.wijk.id, year });
  const sum = (k: "done" | "running" | "stopped") => rows.reduce((n, r) => n + r[k], 0);
  return ctx.t("plan.current", { wijk: ctx.wijk.name, year, open: sum("running"), done: sum("done"), stopped: sum("stopped"), next: year + 1 });
}

async function summary(ctx: CommandContext, year: number): Promise<string> {
  const rows = await summarizePlanYear(ctx.tx, { wijkId: ctx.wijk.id, year });
  if (!rows.length) return ctx.t("plan.summaryEmpty", { year });
  const lines = [ctx.t("plan.summaryTitle", { year, wijk: ctx.wijk.name })];
  for (const r of rows) {
    const reach = r.reachIntended ? ctx.t("plan.summaryReach", { reached: formatNumber(r.reachReached, ctx.lang), intended: formatNumber(r.reachIntended, ctx.lang) }) : "";
    lines.push(ctx.t("plan.summaryPillar", { pillar: r.pillarName ?? ctx.t("plan.summaryNoPillar"), done: r.done, running: r.running, stopped: r.stopped, reach }));
  }
  const checkIns = await listCheckIns(ctx.tx, { wijkId: ctx.wijk.id, year });
  if (checkIns.length) lines.push(ctx.t("plan.summaryCheckIns", { answered: checkIns.filter((c) => c.answeredAt).length, sent: checkIns.length }));
  return lines.join("\n");
}

/** The coördinator can send the mid-year check now instead of waiting for its day. */
async function check(ctx: CommandContext): Promise<Reply[]> {
  ctx.requireRole(["coordinator"], "plan.what");
  const checks = await startCheckIn(ctx.tx, { wijk: ctx.wijk, now: ctx.now });
  if (!checks.length) return [{ text: ctx.t("plan.checkNone") }];
  const sent = checks.map(({ personId, check }) => ({ text: renderCheckIn(check, translator(check.lang), check.lang, ctx.now), to: { personId } }));
  return [{ text: ctx.t("plan.checkSent", { count: checks.length }) }, ...sent];
}
