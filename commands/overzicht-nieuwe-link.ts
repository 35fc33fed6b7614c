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
    ctx.requireRole(["coordinator"], "overview.linkWhat");
    const token = await rotateOverviewToken(ctx.tx, ctx.wijk.id);
    return ctx.t("overview.newLink", { wijk: ctx.wijk.name, link: overviewUrl(ctx.runtime.publicUrl, token, "", ctx.lang) });
  },
});
