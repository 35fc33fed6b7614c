import { z } from "zod";
import { defineCommand, splitOnKeywords } from "../src/core/command.ts";
import { proposeAgendaItem, AGENDA_KINDS, type AgendaKind } from "../src/services/propose-agenda-item.ts";
import { agendaKindLabel, describeMeeting } from "../src/render/agenda.ts";
import { fold } from "../src/parse/text.ts";
import { recordAgendaChange, snapshotAgenda } from "../src/services/record-agenda-change.ts";

/** The kind of item, also in English words ("decision", "discussion", "information"). */
const KIND_WORDS: Record<string, AgendaKind> = {
  ...Object.fromEntries(AGENDA_KINDS.map((k) => [k, k])),
  decision: "besluit",
  discussion: "bespreking",
  information: "informatie",
  info: "informatie",
};

export default defineCommand({
  name: "agendapunt",
  aliases: ["agendapunt nieuw", "agenda punt", "agendavoorstel", "agenda item", "agenda add", "agenda propose"],
  summary: "stelt een agendapunt voor de stuurgroep voor (iedereen)",
  summaryEn: "proposes an agenda item for the steering group (anyone)",
  usage: "/agendapunt <tekst> [besluit|bespreking|informatie] [actie <naam>]",
  examples: [
    "/agendapunt Plek watertappunt kiezen besluit actie watertappunt",
    "/agendapunt Terugblik sportdag informatie",
    "/agendapunt Hoe betrekken we meer ouders?",
  ],
  mutates: true,
  parse(rest) {
    const { head, parts } = splitOnKeywords(rest, ["actie", "action"]);
    const words = head.split(/\s+/).filter(Boolean);
    const kind = KIND_WORDS[fold(words[words.length - 1] ?? "")];
    return { text: (kind ? words.slice(0, -1) : words).join(" ").replace(/[:,-]\s*$/, ""), kind: kind ?? "bespreking", action: parts.actie ?? parts.action };
  },
  schema: z.object({
    text: z.string().trim().min(3, "item.textShape").max(300, "item.textLong"),
    kind: z.enum(AGENDA_KINDS),
    action: z.string().trim().min(1, "item.actionMissing").optional(),
  }),
  async run(ctx, args) {
    const action = args.action ? await ctx.findAction(args.action) : undefined;
    const { item, meeting, number } = await proposeAgendaItem(ctx.tx, {
      wijkId: ctx.wijk.id,
      proposerId: ctx.sender.id,
      text: args.text,
      kind: args.kind,
      actionId: action?.id,
      now: ctx.now,
    });
    // (In the history, so /ongedaan takes the proposal off again.)
    const before = meeting ? (await snapshotAgenda(ctx.tx, meeting.id)).filter((i) => i.id !== item.id) : [];
    await recordAgendaChange(ctx.tx, ctx.meta, before, [item.id]);
    const where = meeting ? ctx.t("item.onMeeting", { when: describeMeeting(meeting, ctx.now, ctx.lang), number }) : ctx.t("item.onNext");
    return ctx.t("item.added", { text: args.text, kind: agendaKindLabel(args.kind, ctx.t), action: action ? ctx.t("item.action", { title: action.title }) : "", where });
  },
});
