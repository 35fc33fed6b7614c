import { z } from "zod";
import { defineCommand, type CommandContext, type Reply } from "../src/core/command.ts";
import { AppError, NeedsConfirmation } from "../src/core/errors.ts";
import { executeHandover } from "../src/services/execute-handover.ts";
import { planHandover, type HandoverPlan } from "../src/services/plan-handover.ts";
import { findFormerMember } from "../src/services/find-former-member.ts";
import { translator } from "../src/i18n/index.ts";
import type { PersonRow, PillarRow } from "../src/db/rows.ts";
import { matchPillar } from "../src/services/find-pillar.ts";
import { getPillar } from "../src/services/get-pillar.ts";
import { listPillars } from "../src/services/list-pillars.ts";
import { isDisplayNameInUse } from "../src/services/is-display-name-in-use.ts";

export default defineCommand({
  name: "overdracht",
  aliases: ["overdragen", "handover", "hand over", "transfer"],
  summary: "draagt iemands open acties, herinneringen en agendapunten over aan een ander (coördinator of aanjager)",
  summaryEn: "hands someone's open actions, reminders and agenda items over to someone else (coordinator or pillar lead)",
  usage: "/overdracht @van @naar [pijler]",
  examples: ["/overdracht @Peter @Lisa", "/overdracht @Sanne @Lisa Kansrijk"],
  mutates: true,
  parse(rest) {
    // ("/overdracht alle acties van fatima naar anouk": the words around the two names.)
    const spelled = rest.trim().match(/^(?:(?:al|alle|de)\s+)?(?:acties\s+|actions\s+)?(?:van|from)\s+(@?\S+)\s+(?:naar|aan|to)\s+(@?\S+)(?:\s+(.+))?$/i);
    if (spelled) return { from: spelled[1], to: spelled[2], pillar: spelled[3] };
    // Names may have spaces ("@Sanne de Vries"): with two @-names, each runs until the next "@";
    // a pillar after the second name is split off in run(), where the pillars are known.
    const named = rest.trim().split(/\s+(?=@)/);
    if (named.length === 2 && named[0].startsWith("@")) return { from: named[0], to: named[1], pillar: undefined };
    const [from, to, ...pillar] = rest.trim().split(/\s+/).filter(Boolean);
    return { from: from ?? "", to: to ?? "", pillar: pillar.join(" ") || undefined };
  },
  schema: z.object({
    from: z.string().min(1, "handover.shape"),
    to: z.string().min(1, "handover.shape"),
    pillar: z.string().max(60).optional(),
  }),
  async run(ctx, input) {
    const args = await splitTrailingPillar(ctx, input);
    const pillar = await allowedPillar(ctx, args.pillar);
    const from = await findFrom(ctx, args.from);
    const to = await ctx.findPerson(args.to);
    if (from.id === to.id) throw new AppError("INVALID", ctx.t("handover.samePerson"));
    const inPillar = pillar ? ctx.t("handover.inPillar", { pillar: pillar.name }) : "";
    const plan = await planHandover(ctx.tx, { wijkId: ctx.wijk.id, fromId: from.id, pillarId: pillar?.id ?? null });
    if (!plan.actions.length && !plan.reminderIds.length && !plan.agendaItemIds.length) {
      return ctx.t("handover.nothing", { from: from.displayName, pillar: inPillar });
    }
    if (!ctx.rerun.confirmed) {
      throw new NeedsConfirmation(
        ctx.t("handover.question", { from: from.displayName, to: to.displayName, pillar: inPillar, list: describePlan(plan, ctx.t) }),
        ctx.rerun,
      );
    }
    await executeHandover(ctx.tx, ctx.meta, { fromId: from.id, toId: to.id, plan });
    const replies: Reply[] = [
      ctx.t("handover.done", {
        from: from.displayName,
        to: to.displayName,
        pillar: inPillar,
        count: plan.actions.length,
        reminders: plan.reminderIds.length,
        agenda: plan.agendaItemIds.length,
      }),
    ].map((text) => ({ text }));
    const titles = plan.actions.map((a) => a.title).join(", ") || "–";
    if (from.id !== ctx.sender.id) {
      const t = translator(from.language);
      replies.push({ text: t("handover.dmFrom", { to: to.displayName, pillar: pillar ? t("handover.inPillar", { pillar: pillar.name }) : "", titles }), to: { personId: from.id } });
    }
    if (to.id !== ctx.sender.id) {
      const t = translator(to.language);
      replies.push({
        text: t("handover.dmTo", { by: ctx.sender.displayName, from: from.displayName, pillar: pillar ? t("handover.inPillar", { pillar: pillar.name }) : "", list: describePlan(plan, t) }),
        to: { personId: to.id },
      });
    }
    return replies;
  },
});

/**
 * "@Lisa Kansrijk": the last words are a pillar unless the whole is someone's name
 * ("@Sanne de Vries" stays one person).
 */
async function splitTrailingPillar(ctx: CommandContext, args: { from: string; to: string; pillar?: string }) {
  const words = args.to.split(/\s+/);
  if (args.pillar || words.length < 2) return args;
  if (await isDisplayNameInUse(ctx.tx, { wijkId: ctx.wijk.id, name: args.to.replace(/^@/, "") })) return args;
  const pillars = await listPillars(ctx.tx, ctx.wijk.id);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(" ");
    if (matchPillar(pillars, tail)) return { ...args, to: words.slice(0, -k).join(" "), pillar: tail };
  }
  return args;
}

/** The coördinator may hand over anything; an aanjager only within their own pillar (the default for them). */
async function allowedPillar(ctx: CommandContext, name: string | undefined): Promise<PillarRow | null> {
  const pillar = name ? await ctx.findPillar(name) : null;
  if (ctx.sender.role === "coordinator") return pillar;
  if (ctx.sender.role === "aanjager" && ctx.sender.pillarId && (!pillar || pillar.id === ctx.sender.pillarId)) {
    return pillar ?? getPillar(ctx.tx, ctx.sender.pillarId);
  }
  throw new AppError("FORBIDDEN", ctx.t("handover.forbidden"));
}

/** The person handing over may already have left (/vertrek): that is when handover matters most. */
async function findFrom(ctx: CommandContext, ref: string): Promise<PersonRow> {
  try {
    return await ctx.findPerson(ref);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "NOT_FOUND") throw error;
    const former = await findFormerMember(ctx.tx, { wijkId: ctx.wijk.id, ref, platform: ctx.message.platform, mentions: ctx.message.mentions });
    if (!former) throw error;
    return former;
  }
}

function describePlan(plan: HandoverPlan, t: CommandContext["t"]): string {
  const lines: string[] = [];
  if (plan.actions.length) lines.push(t("handover.actions", { count: plan.actions.length, titles: plan.actions.map((a) => a.title).join(", ") }));
  if (plan.reminderIds.length) lines.push(t("handover.reminders", { count: plan.reminderIds.length }));
  if (plan.agendaItemIds.length) lines.push(t("handover.agenda", { count: plan.agendaItemIds.length }));
  return lines.join("\n");
}
