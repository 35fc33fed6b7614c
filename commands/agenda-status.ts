import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { deferAgendaItem, setAgendaItemStatus } from "../src/services/update-agenda-item.ts";
import { requireNextMeeting } from "../src/services/meetings.ts";
import { formatDay } from "../src/render/format.ts";

const numbersSchema = z.object({
  numbers: z
    .array(z.string().regex(/^\d{1,2}$/, "noem de nummers van de agendapunten, bijvoorbeeld 2 of 2 3").transform(Number))
    .min(1, "noem het nummer van het agendapunt (zie /agenda)"),
});
const parse = (rest: string) => ({ numbers: rest.split(/[\s,]+/).filter(Boolean) });

/** The coördinator's three verbs on agenda items share one shape. */
function agendaStatusCommand(spec: { word: string; aliases: string[]; summary: string; status: "geaccepteerd" | "behandeld" | "uitgesteld" }) {
  return defineCommand({
    name: `agenda ${spec.word}`,
    aliases: spec.aliases,
    summary: spec.summary,
    usage: `/agenda ${spec.word} <nr> [nr …]`,
    examples: [`/agenda ${spec.word} 2`],
    mutates: true,
    parse,
    schema: numbersSchema,
    async run(ctx, args) {
      ctx.requireRole(["coordinator", "voorzitter"], "agendapunten beheren");
      const meeting = await requireNextMeeting(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
      const lines: string[] = [];
      // Highest number first, so moving one away does not renumber the others still to do.
      for (const n of [...new Set(args.numbers)].sort((a, b) => b - a)) {
        if (spec.status === "uitgesteld") {
          const { item, next } = await deferAgendaItem(ctx.tx, { meeting, number: n });
          lines.unshift(`⏭️ "${item.text}" schuift door naar ${next ? `de vergadering van ${formatDay(next.startsAt, ctx.now)}` : "de volgende vergadering"}.`);
        } else {
          const item = await setAgendaItemStatus(ctx.tx, { meetingId: meeting.id, number: n, status: spec.status });
          lines.unshift(`${spec.status === "geaccepteerd" ? "👍" : "✔️"} ${n}. "${item.text}" is ${spec.status}.`);
        }
      }
      return `${lines.join("\n")}\nTyp /agenda voor de hele agenda.`;
    },
  });
}

export const agendaAccepteer = agendaStatusCommand({
  word: "accepteer",
  aliases: ["agenda accepteren", "agenda akkoord", "agenda accept"],
  summary: "neemt voorgestelde agendapunten op (coördinator of voorzitter)",
  status: "geaccepteerd",
});

export const agendaUitstellen = agendaStatusCommand({
  word: "uitstellen",
  aliases: ["agenda uitstel", "agenda doorschuiven", "agenda later", "agenda defer"],
  summary: "schuift agendapunten door naar de volgende vergadering (coördinator of voorzitter)",
  status: "uitgesteld",
});

export const agendaBehandeld = agendaStatusCommand({
  word: "behandeld",
  aliases: ["agenda gedaan", "agenda besproken", "agenda done"],
  summary: "markeert agendapunten als behandeld (coördinator of voorzitter)",
  status: "behandeld",
});
