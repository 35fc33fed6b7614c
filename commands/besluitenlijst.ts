import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listDecisions } from "../src/services/list-decisions.ts";
import { formatDay } from "../src/render/format.ts";

/** How many decisions one message shows (the web overview shows all). */
const SHOWN = 10;

export default defineCommand({
  name: "besluitenlijst",
  // ("/besluiten <tekst>" records one: an alias of /besluit.)
  aliases: ["decision list", "list decisions", "genomen besluiten"],
  summary: "de laatste besluiten van de stuurgroep",
  summaryEn: "the steering group's latest decisions",
  usage: "/besluitenlijst",
  examples: ["/besluitenlijst"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    const decisions = await listDecisions(ctx.tx, { wijkId: ctx.wijk.id, take: SHOWN });
    if (!decisions.length) return ctx.t("decision.listNone");
    const lines = decisions.map((d) => ctx.t("decision.listLine", { when: formatDay(d.at, ctx.now, ctx.lang), text: d.text }));
    return `${ctx.t("decision.listTitle")}\n${lines.join("\n")}`;
  },
});
