import { z } from "zod";
import { defineCommand, splitOnKeywords, type Reply } from "../src/core/command.ts";
import { recordDecision } from "../src/services/record-decision.ts";
import { lateDecisionText } from "../src/services/close-meeting.ts";

export default defineCommand({
  name: "besluit",
  aliases: ["besluiten", "decision", "besluit nieuw"],
  summary: "noteert een besluit van de stuurgroep (coördinator, voorzitter, stuurgroep)",
  usage: "/besluit <tekst> [agendapunt <nr>]",
  examples: ["/besluit Watertappunt komt bij het winkelcentrum agendapunt 2", "/besluit Sportdag krijgt € 500 uit het wijkbudget"],
  mutates: true,
  parse(rest) {
    const { head, parts } = splitOnKeywords(rest, ["agendapunt", "punt"]);
    const nr = parts.agendapunt ?? parts.punt;
    return { text: head, item: nr === undefined ? undefined : nr.replace(/^(nr|nummer)\.?\s*/i, "") };
  },
  schema: z.object({
    text: z.string().trim().min(3, "wat is er besloten? Bijvoorbeeld: /besluit Sportdag gaat door agendapunt 3").max(500, "houd het besluit kort (maximaal 500 tekens)"),
    item: z.string().regex(/^\d{1,2}$/, "noem na 'agendapunt' het nummer uit /agenda").transform(Number).optional(),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter", "stuurgroep"], "besluiten noteren");
    const { meeting, item, pushNow } = await recordDecision(ctx.tx, { wijkId: ctx.wijk.id, personId: ctx.sender.id, text: args.text, itemNumber: args.item, now: ctx.now });
    const replies: Reply[] = [
      { text: `🏛️ Besluit genoteerd${item ? ` bij "${item.text}" (behandeld)` : ""}. ${pushNow ? "De vergadering was al afgesloten, dus ik deel het nu met de kartrekkers." : "Na de vergadering deel ik de besluiten met de kartrekkers."}` },
    ];
    if (pushNow) replies.push({ text: lateDecisionText(meeting, args.text, ctx.now), to: { chatKind: "kartrekkers" } });
    return replies;
  },
});
