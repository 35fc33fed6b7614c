import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getActionDetails } from "../src/services/get-action-details.ts";
import { isOverdue } from "../src/services/deadlines.ts";
import { historyLine } from "../src/render/history.ts";
import { formatDay, formatMoney, formatNumber, joinNames } from "../src/render/format.ts";
import { STATUS_EMOJI, type ActionStatus } from "../src/domain.ts";

/** How many history entries /actie info shows. */
const INFO_HISTORY_ENTRIES = 5;

export default defineCommand({
  name: "actie info",
  aliases: ["actie details", "actie toon", "actie bekijk", "action info", "action show", "action details"],
  summary: "toont alles van één actie, met de laatste 5 wijzigingen",
  usage: "/actie info <naam>",
  examples: ["/actie info watertappunt"],
  mutates: false,
  parse: (rest) => ({ name: rest }),
  schema: z.object({ name: z.string().trim().min(1, "noem de actie die je wilt zien").max(200) }),
  async run(ctx, args) {
    const found = await ctx.findAction(args.name);
    const { action: a, names } = await getActionDetails(ctx.tx, { wijkId: ctx.wijk.id, actionId: found.id, historyLimit: INFO_HISTORY_ENTRIES });
    const late = isOverdue(a, ctx.now) ? " ⚠️ te laat" : "";
    const lines = [
      `*${a.title}*`,
      `Status: ${STATUS_EMOJI[a.status as ActionStatus] ?? ""} ${a.status}`,
      `Pijler: ${a.pillar?.name ?? "–"}${a.goal ? ` · doel: ${a.goal.title}` : ""}`,
      `Eigenaar: ${a.owners.length ? joinNames(a.owners.map((o) => o.person.displayName)) : "nog niemand"}`,
      `Deadline: ${a.deadline ? formatDay(a.deadline, ctx.now) : "–"}${late}`,
      `Doelgroep: ${a.ageGroup ?? "–"}`,
      `Partners: ${a.partners.length ? a.partners.map((p) => p.organisation.name).join(", ") : "–"}`,
      `Bereik: ${formatNumber(a.reachReached)} bereikt van ${formatNumber(a.reachIntended)} beoogd`,
      `Budget: ${formatMoney(a.budgetSpentCents)} besteed van ${formatMoney(a.budgetPlannedCents)} begroot`,
    ];
    const lastNote = a.notes[0];
    if (lastNote) lines.push(`Laatste update (${formatDay(lastNote.createdAt, ctx.now)}, ${lastNote.person?.displayName ?? "oud-lid"}): ${lastNote.text}`);
    if (a.history.length) {
      lines.push("", "_Laatste wijzigingen:_", ...a.history.map((h) => historyLine(h, names, ctx.now)));
    }
    return lines.join("\n");
  },
});
