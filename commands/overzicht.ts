import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getBoard } from "../src/services/get-board.ts";
import { boardCard, renderBoard } from "../src/render/board.ts";
import { overviewUrl } from "../src/web/public-url.ts";

export default defineCommand({
  name: "overzicht",
  aliases: ["bord", "board", "overview"],
  summary: "het overzicht van de wijk: per pijler wat gepland, bezig en klaar is",
  summaryEn: "the neighbourhood's overview: per pillar what is planned, in progress and done",
  usage: "/overzicht",
  examples: ["/overzicht"],
  mutates: false,
  parse: (rest) => ({ rest }),
  schema: z.object({ rest: z.string() }),
  async run(ctx) {
    const board = await getBoard(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    return { text: renderBoard(board, ctx.now, overviewUrl(ctx.runtime.publicUrl, ctx.wijk.overviewToken, "", ctx.lang), ctx.lang), board: boardCard(board, ctx.now, ctx.lang) };
  },
});
