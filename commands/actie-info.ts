import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getActionDetails } from "../src/services/get-action-details.ts";
import { isOverdue } from "../src/rules/deadlines.ts";
import { historyLine } from "../src/render/history.ts";
import { formatDay, formatMoney, formatNumber, joinNames } from "../src/render/format.ts";
import { STATUS_EMOJI, type ActionStatus } from "../src/domain.ts";
import { statusLabel } from "../src/i18n/index.ts";

/** How many history entries /actie info shows. */
const INFO_HISTORY_ENTRIES = 5;

export default defineCommand({
  name: "actie info",
  aliases: ["actie details", "actie toon", "actie bekijk", "action info", "action show", "action details"],
  summary: "toont alles van één actie, met de laatste 5 wijzigingen",
  summaryEn: "shows everything about one action, with its last 5 changes",
  usage: "/actie info <naam>",
  examples: ["/actie info watertappunt"],
  mutates: false,
  parse: (rest) => ({ name: rest }),
  schema: z.object({ name: z.string().trim().min(1, "info.name").max(200) }),
  async run(ctx, args) {
    const found = await ctx.findAction(args.name);
    const { action: a, names } = await getActionDetails(ctx.tx, { wijkId: ctx.wijk.id, actionId: found.id, historyLimit: INFO_HISTORY_ENTRIES });
    const { t, lang } = ctx;
    const late = isOverdue(a, ctx.now) ? t("action.late") : "";
    // The status word is shown as stored in Dutch output (e.g. "bezig"), translated for other readers.
    const status = lang === "nl" ? a.status : statusLabel(a.status, t);
    const lines = [
      `*${a.title}*`,
      t("info.status", { emoji: STATUS_EMOJI[a.status as ActionStatus] ?? "", status }),
      t("info.pillar", { pillar: a.pillar?.name ?? "–", goal: a.goal ? t("info.goal", { goal: a.goal.title }) : "" }),
      t("info.owner", { owners: a.owners.length ? joinNames(a.owners.map((o) => o.person.displayName), lang) : t("action.noOwner") }),
      t("info.deadline", { date: a.deadline ? formatDay(a.deadline, ctx.now, lang) : "–", late }),
      t("info.age", { group: a.ageGroup ?? "–" }),
      t("info.partners", { partners: a.partners.length ? a.partners.map((p) => p.organisation.name).join(", ") : "–" }),
      t("info.reach", { reached: formatNumber(a.reachReached, lang), intended: formatNumber(a.reachIntended, lang) }),
      t("info.budget", { spent: formatMoney(a.budgetSpentCents, lang), planned: formatMoney(a.budgetPlannedCents, lang) }),
    ];
    const lastNote = a.notes[0];
    if (lastNote) {
      const name = lastNote.person?.displayName ?? t("action.formerMember");
      lines.push(t("info.lastNote", { date: formatDay(lastNote.createdAt, ctx.now, lang), name, text: lastNote.text }));
    }
    if (a.history.length) {
      lines.push("", t("info.history"), ...a.history.map((h) => historyLine(h, names, ctx.now, lang)));
    }
    return lines.join("\n");
  },
});
