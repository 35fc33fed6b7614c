import { z } from "zod";
import { defineCommand, splitOnKeywords } from "../src/core/command.ts";
import { proposeAgendaItem, AGENDA_KINDS, type AgendaKind } from "../src/services/propose-agenda-item.ts";
import { describeMeeting } from "../src/services/build-agenda.ts";
import { fold } from "../src/parse/text.ts";

export default defineCommand({
  name: "agendapunt",
  aliases: ["agendapunt nieuw", "agenda punt", "agendavoorstel", "agenda item"],
  summary: "stelt een agendapunt voor de stuurgroep voor (iedereen)",
  usage: "/agendapunt <tekst> [besluit|bespreking|informatie] [actie <naam>]",
  examples: [
    "/agendapunt Plek watertappunt kiezen besluit actie watertappunt",
    "/agendapunt Terugblik sportdag informatie",
    "/agendapunt Hoe betrekken we meer ouders?",
  ],
  mutates: true,
  parse(rest) {
    const { head, parts } = splitOnKeywords(rest, ["actie"]);
    const words = head.split(/\s+/).filter(Boolean);
    const last = fold(words[words.length - 1] ?? "");
    const kind = (AGENDA_KINDS as readonly string[]).includes(last) ? (last as AgendaKind) : undefined;
    return { text: (kind ? words.slice(0, -1) : words).join(" ").replace(/[:,-]\s*$/, ""), kind: kind ?? "bespreking", action: parts.actie };
  },
  schema: z.object({
    text: z.string().trim().min(3, "wat moet er op de agenda? Noem het onderwerp in een paar woorden").max(300, "houd het agendapunt kort (maximaal 300 tekens)"),
    kind: z.enum(AGENDA_KINDS),
    action: z.string().trim().min(1, "noem na 'actie' de naam van de actie").optional(),
  }),
  async run(ctx, args) {
    const action = args.action ? await ctx.findAction(args.action) : undefined;
    const { meeting, number } = await proposeAgendaItem(ctx.tx, {
      wijkId: ctx.wijk.id,
      proposerId: ctx.sender.id,
      text: args.text,
      kind: args.kind,
      actionId: action?.id,
      now: ctx.now,
    });
    const where = meeting ? `de agenda van ${describeMeeting(meeting, ctx.now)} als punt ${number}` : "de agenda van de volgende vergadering (die is nog niet gepland)";
    return `📌 "${args.text}" (${args.kind}${action ? `, actie ${action.title}` : ""}) staat op ${where}. De coördinator bepaalt de volgorde.`;
  },
});
