import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { setRole } from "../src/services/set-role.ts";
import { ROLES, type Role } from "../src/domain.ts";
import { roleLabel } from "../src/i18n/index.ts";
import { fold } from "../src/parse/text.ts";
import { NeedsValue } from "../src/core/errors.ts";

const ROLE_WORDS: Record<string, Role> = {
  kartrekker: "kartrekker", trekker: "kartrekker", lead: "kartrekker", actionlead: "kartrekker",
  aanjager: "aanjager", pillarlead: "aanjager",
  coordinator: "coordinator", wijkcoordinator: "coordinator",
  stuurgroep: "stuurgroep", stuurgroeplid: "stuurgroep", lid: "stuurgroep", board: "stuurgroep", steeringgroup: "stuurgroep", steering: "stuurgroep",
  voorzitter: "voorzitter", chair: "voorzitter",
};

export default defineCommand({
  name: "rol",
  aliases: ["role"],
  summary: "geeft iemand een rol (alleen de coördinator): kartrekker, aanjager <pijler>, coördinator, stuurgroep, voorzitter",
  summaryEn: "gives someone a role (coordinator only): kartrekker, aanjager <pillar>, coordinator, stuurgroep, voorzitter",
  usage: "/rol @persoon <rol> [pijler]",
  examples: ["/rol @Sanne aanjager Gezond", "/rol @Henk voorzitter"],
  mutates: true,
  parse(input) {
    // The English roles of two words ("action lead", "pillar lead", "steering group") as one.
    const rest = input.replace(/\b(action|pillar)\s+lead\b/gi, "$1lead").replace(/\bsteering\s+group\b/gi, "steeringgroup");
    const tokens = rest.trim().split(/\s+/);
    const roleAt = tokens.findIndex((t) => ROLE_WORDS[fold(t)]);
    if (roleAt < 1) return { person: rest, role: undefined, pillar: undefined };
    return {
      person: tokens.slice(0, roleAt).join(" "),
      role: ROLE_WORDS[fold(tokens[roleAt])],
      pillar: tokens.slice(roleAt + 1).join(" ") || undefined,
    };
  },
  schema: z.object({
    person: z.string().trim().min(1, "role.person"),
    role: z.enum(ROLES, { message: "role.role" }),
    pillar: z.string().optional(),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator"], "role.what");
    const person = await ctx.findPerson(args.person);
    // ("/rol @Fatima aanjager", "Fatima wordt aanjager": of which pillar? The answer completes the command.)
    if (args.role === "aanjager" && !args.pillar) throw new NeedsValue({ key: "role.askPillar", vars: { name: person.displayName } }, { text: `/rol @${person.displayName} aanjager` }, "rol");
    const pillar = args.pillar ? await ctx.findPillar(args.pillar) : null;
    const updated = await setRole(ctx.tx, { meta: ctx.meta, actor: ctx.sender, person, role: args.role, pillarId: pillar?.id ?? null });
    return ctx.t("role.set", { name: updated.displayName, role: roleLabel(args.role, ctx.t), pillar: pillar ? ctx.t("role.ofPillar", { pillar: pillar.name }) : "" });
  },
});
