import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listActions, type ActionFilter } from "../src/services/list-actions.ts";
import { actionLine } from "../src/render/board.ts";
import { fold } from "../src/parse/text.ts";
import { STATUS_EMOJI, type ActionStatus } from "../src/domain.ts";

const FILTER_WORDS: Record<string, "mine" | "open" | "overdue" | "done" | "all"> = {
  mijn: "mine", mine: "mine", my: "mine", mij: "mine", van_mij: "mine",
  open: "open", lopend: "open",
  te_laat: "overdue", laat: "overdue", overdue: "overdue", late: "overdue", verlopen: "overdue",
  klaar: "done", af: "done", afgerond: "done", done: "done", finished: "done",
  alle: "all", all: "all", "": "all",
};

export default defineCommand({
  name: "acties",
  aliases: ["actielijst", "lijst", "actions", "list", "action list"],
  summary: "lijst van acties: alle, mijn, open, te laat, klaar of van één pijler",
  summaryEn: "list of actions: all, mine, open, overdue, done or of one pillar",
  usage: "/acties [mijn | open | te laat | klaar | <pijler>]",
  examples: ["/acties mijn", "/acties te laat", "/acties Gezond"],
  mutates: false,
  parse: (rest) => ({ filter: fold(rest).replace(/\s+/g, "_") }),
  schema: z.object({ filter: z.string().max(60, "list.filter") }),
  async run(ctx, args) {
    const word = FILTER_WORDS[args.filter];
    let filter: ActionFilter;
    let heading: string;
    if (word === "mine") {
      filter = { kind: "mine", personId: ctx.sender.id };
      heading = ctx.t("list.mine");
    } else if (word === "open") {
      filter = { kind: "open" };
      heading = ctx.t("list.open");
    } else if (word === "overdue") {
      filter = { kind: "overdue" };
      heading = ctx.t("list.overdue");
    } else if (word === "done") {
      filter = { kind: "done" };
      heading = ctx.t("list.done");
    } else if (word === "all") {
      filter = { kind: "all" };
      heading = ctx.t("list.all");
    } else {
      // "/acties pijler Gezond" and "/actions pillar Gezond" mean "/acties Gezond".
      const pillar = await ctx.findPillar(args.filter.replace(/_/g, " ").replace(/^(pijler|pillar) /, ""));
      filter = { kind: "pillar", pillarId: pillar.id };
      heading = ctx.t("list.pillar", { pillar: pillar.name });
    }
    const items = await listActions(ctx.tx, { wijkId: ctx.wijk.id, filter, now: ctx.now });
    if (!items.length) {
      return word === "overdue" ? ctx.t("list.noneOverdue") : ctx.t("list.none", { heading });
    }
    const lines = items.map((a, i) => `${i + 1}. ${STATUS_EMOJI[a.status as ActionStatus] ?? ""} ${actionLine(a, ctx.now, ctx.lang).slice(2)}`);
    return `*${heading}* (${items.length})\n${lines.join("\n")}`;
  },
});
