import { z } from "zod";
import { defineCommand, type Reply } from "../src/core/command.ts";
import { recordDecision } from "../src/services/record-decision.ts";
import { renderLateDecision } from "../src/render/meeting-closed.ts";
import { DEFAULT_LANGUAGE, dutch } from "../src/i18n/index.ts";

export default defineCommand({
  name: "besluit",
  aliases: ["besluiten", "decision", "besluit nieuw", "decision new", "decide"],
  summary: "noteert een besluit van de stuurgroep (coördinator, voorzitter, stuurgroep)",
  summaryEn: "records a steering group decision (coordinator, chair, steering group)",
  usage: "/besluit <tekst> [agendapunt <nr>]",
  examples: ["/besluit Watertappunt komt bij het winkelcentrum agendapunt 2", "/besluit Sportdag krijgt € 500 uit het wijkbudget"],
  mutates: true,
  parse(rest) {
    // Only "agendapunt <nr>" at the end names the item; "… wordt een vast agendapunt elke vergadering" is the decision's own words.
    // ("…, bij agendapunt 1", "… (punt 3)": the words that only lead up to the number go with it.)
    const at = rest.match(/[\s,;(]+(?:(?:bij|onder|voor|at|under)\s+)?(?:agendapunt|punt)\s+((?:(?:nr|nummer)\.?\s*)?[^\s)]+)\)?[\s.!]*$/i);
    if (!at) return { text: rest.trim(), item: undefined };
    return { text: rest.slice(0, at.index).trim(), item: at[1].replace(/^(nr|nummer)\.?\s*/i, "") };
  },
  schema: z.object({
    text: z.string().trim().min(3, "decision.textShape").max(500, "decision.textLong"),
    item: z.string().regex(/^\d{1,2}$/, "decision.itemShape").transform(Number).optional(),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter", "stuurgroep"], "decision.what");
    const { meeting, item, pushNow } = await recordDecision(ctx.tx, { wijkId: ctx.wijk.id, personId: ctx.sender.id, text: args.text, itemNumber: args.item, now: ctx.now, meta: ctx.meta });
    const replies: Reply[] = [
      {
        text: ctx.t("decision.noted", {
          item: item ? ctx.t("decision.atItem", { text: item.text }) : "",
          after: ctx.t(pushNow ? "decision.sharedNow" : "decision.sharedLater"),
        }),
      },
    ];
    // Dutch, as every group message.
    if (pushNow) replies.push({ text: renderLateDecision(meeting.startsAt, args.text, dutch, DEFAULT_LANGUAGE, ctx.now), to: { chatKind: "kartrekkers" } });
    return replies;
  },
});
