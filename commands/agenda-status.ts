import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { deferAgendaItem } from "../src/services/defer-agenda-item.ts";
import { setAgendaItemStatus } from "../src/services/set-agenda-item-status.ts";
import { requireNextMeeting } from "../src/services/require-next-meeting.ts";
import { formatDay } from "../src/render/format.ts";
import { recordAgendaChange, snapshotAgenda } from "../src/services/record-agenda-change.ts";

const numbersSchema = z.object({
  numbers: z
    .array(z.string().regex(/^\d{1,2}$/, "agenda.numbers").transform(Number))
    .min(1, "agenda.numberMissing"),
});
const parse = (rest: string) => ({ numbers: rest.split(/[\s,]+/).filter(Boolean) });

/** The coördinator's three verbs on agenda items share one shape. */
function agendaStatusCommand(spec: { word: string; aliases: string[]; summary: string; summaryEn: string; status: "geaccepteerd" | "behandeld" | "uitgesteld" }) {
  return defineCommand({
    name: `agenda ${spec.word}`,
    aliases: spec.aliases,
    summary: spec.summary,
    summaryEn: spec.summaryEn,
    usage: `/agenda ${spec.word} <nr> [nr …]`,
    examples: [`/agenda ${spec.word} 2`],
    mutates: true,
    parse,
    schema: numbersSchema,
    async run(ctx, args) {
      ctx.requireRole(["coordinator", "voorzitter"], "agenda.manageWhat");
      const meeting = await requireNextMeeting(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
      const before = await snapshotAgenda(ctx.tx, meeting.id);
      const lines: string[] = [];
      // Highest number first, so moving one away does not renumber the others still to do.
      for (const n of [...new Set(args.numbers)].sort((a, b) => b - a)) {
        if (spec.status === "uitgesteld") {
          const { item, next } = await deferAgendaItem(ctx.tx, { meeting, number: n });
          lines.unshift(next ? ctx.t("agenda.deferredTo", { text: item.text, date: formatDay(next.startsAt, ctx.now, ctx.lang) }) : ctx.t("agenda.deferredNext", { text: item.text }));
        } else {
          const item = await setAgendaItemStatus(ctx.tx, { meetingId: meeting.id, number: n, status: spec.status });
          lines.unshift(ctx.t(spec.status === "geaccepteerd" ? "agenda.accepted" : "agenda.handled", { n, text: item.text }));
        }
      }
      await recordAgendaChange(ctx.tx, ctx.meta, before);
      return `${lines.join("\n")}\n${ctx.t("agenda.showAll")}`;
    },
  });
}

export const agendaAccepteer = agendaStatusCommand({
  word: "accepteer",
  aliases: ["agenda accepteren", "agenda akkoord", "agenda accept"],
  summary: "neemt voorgestelde agendapunten op (coördinator of voorzitter)",
  summaryEn: "accepts proposed agenda items (coordinator or chair)",
  status: "geaccepteerd",
});

export const agendaUitstellen = agendaStatusCommand({
  word: "uitstellen",
  aliases: ["agenda uitstel", "agenda doorschuiven", "agenda later", "agenda defer"],
  summary: "schuift agendapunten door naar de volgende vergadering (coördinator of voorzitter)",
  summaryEn: "moves agenda items on to the next meeting (coordinator or chair)",
  status: "uitgesteld",
});

export const agendaBehandeld = agendaStatusCommand({
  word: "behandeld",
  aliases: ["agenda gedaan", "agenda besproken", "agenda done"],
  summary: "markeert agendapunten als behandeld (coördinator of voorzitter)",
  summaryEn: "marks agenda items as dealt with (coordinator or chair)",
  status: "behandeld",
});
