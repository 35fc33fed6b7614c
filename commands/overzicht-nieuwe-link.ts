import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { rotateOverviewToken } from "../src/services/rotate-overview-token.ts";
import { overviewUrl } from "../src/web/public-url.ts";

export default defineCommand({
  name: "overzicht nieuwe-link",
  aliases: ["overzicht nieuwe link", "overzicht nieuwelink", "overzicht link vernieuwen", "overview new-link"],
  summary: "maakt een nieuwe link naar het web-overzicht; de oude link werkt meteen niet meer (coördinator)",
  summaryEn: "makes a new link to the web overview; the old link stops working (coördinator)",
  usage: "/overzicht nieuwe-link",
  examples: ["/overzicht nieuwe-link"],
  mutates: true,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    ctx.requireRole(["coordinator"], "een nieuwe link voor het overzicht maken");
    const token = await rotateOverviewToken(ctx.tx, ctx.wijk.id);
    return `🔗 Nieuwe link naar het overzicht van ${ctx.wijk.name}:\n${overviewUrl(token)}\nDe oude link werkt niet meer. Deel de nieuwe alleen met de mensen van de wijk.`;
  },
});
