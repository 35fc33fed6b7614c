import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listPeople } from "../src/services/list-people.ts";
import { matchPeople } from "../src/services/find-person.ts";
import { matchPillar } from "../src/services/find-pillar.ts";
import { listPillars } from "../src/services/list-pillars.ts";
import { fold } from "../src/parse/text.ts";
import { ROLES, type Role } from "../src/domain.ts";
import { roleLabel } from "../src/i18n/index.ts";
import { formatDay } from "../src/render/format.ts";
import { listAbsences } from "../src/services/list-absences.ts";
import { absenceLabel } from "../src/render/absence.ts";

export default defineCommand({
  name: "wie",
  aliases: ["wieiswie", "who", "whoiswho", "mensen", "people"],
  summary: "wie is wie: mensen, organisatie, rol en hun open acties (optioneel per pijler, organisatie of naam)",
  summaryEn: "who's who: people, organisation, role and their open actions (optionally per pillar, organisation or name)",
  usage: "/wie [pijler | organisatie | naam]",
  examples: ["/wie", "/wie Gezond", "/wie GGD", "/wie Sanne"],
  mutates: false,
  parse: (rest) => ({ filter: rest.trim() }),
  schema: z.object({ filter: z.string().max(80, "who.filter") }),
  async run(ctx, args) {
    let people = await listPeople(ctx.tx, ctx.wijk.id);
    let heading = ctx.t("who.all", { wijk: ctx.wijk.name });
    if (args.filter) {
      const pillars = await listPillars(ctx.tx, ctx.wijk.id);
      const pillar = matchPillar(pillars, args.filter);
      // "WIJ" is WIJ Groningen, not OBS De Zonnewijzer: a match at the start of a word comes before one inside a word.
      const wordStart = people.filter((p) => p.organisation && ` ${fold(p.organisation)}`.includes(` ${fold(args.filter)}`));
      const byOrg = wordStart.length ? wordStart : people.filter((p) => p.organisation && fold(p.organisation).includes(fold(args.filter)));
      if (pillar) {
        people = people.filter((p) => p.pillarName === pillar.name);
        heading = ctx.t("who.pillar", { pillar: pillar.name });
      } else if (byOrg.length) {
        people = byOrg;
        heading = ctx.t("who.org", { org: byOrg[0].organisation ?? "" });
      } else {
        people = matchPeople(people, args.filter);
        heading = ctx.t("who.found");
      }
      if (!people.length) return ctx.t("who.none", { filter: args.filter });
    }
    const order = (r: string) => ROLES.indexOf(r as Role);
    const roleOrder = ["coordinator", "voorzitter", "stuurgroep", "aanjager", "kartrekker"];
    people.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || order(a.role) - order(b.role));
    const absent = new Map((await listAbsences(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now })).map((a) => [a.personId, a]));
    const lines = people.map((p) => {
      const role = `${roleLabel(p.role, ctx.t)}${p.pillarName ? ` ${p.pillarName}` : ""}`;
      const org = p.organisation ? `, ${p.organisation}` : "";
      const actions = p.openActions.length
        ? `\n   ${p.openActions.map((a) => `${a.title}${a.deadline ? ` (${formatDay(a.deadline, ctx.now, ctx.lang)})` : ""}`).join("; ")}`
        : "";
      const away = absent.get(p.id);
      return `- *${p.displayName}* — ${role}${org}${away ? ` · ${absenceLabel(away, ctx.now, ctx.lang)}` : ""}${actions}`;
    });
    return `${heading}\n${lines.join("\n")}\n${ctx.t("who.selfEdit")}`;
  },
});
