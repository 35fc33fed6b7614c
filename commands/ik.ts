import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { updateProfile } from "../src/services/people.ts";
import { cleanDisplayName } from "../src/services/resolve-sender.ts";
import { ROLE_LABELS, type Role } from "../src/domain.ts";

export default defineCommand({
  name: "ik",
  aliases: ["me", "profiel", "profile"],
  summary: "stelt in hoe je getoond wordt: naam en organisatie",
  usage: "/ik <naam>[, <organisatie>]",
  examples: ["/ik Sanne de Vries, GGD Groningen", "/ik Ahmed"],
  mutates: true,
  parse(rest) {
    const [name, ...org] = rest.split(",");
    return { name: cleanDisplayName(name ?? ""), organisation: cleanDisplayName(org.join(",")) || undefined };
  },
  schema: z.object({
    name: z.string().max(60, "een naam van hoogstens 60 tekens graag"),
    organisation: z.string().min(2, "de organisatie heeft minstens 2 tekens").max(80, "die organisatienaam is te lang").optional(),
  }),
  async run(ctx, args) {
    if (!args.name) {
      const org = ctx.sender.organisationId
        ? (await ctx.tx.organisation.findUnique({ where: { id: ctx.sender.organisationId } }))?.name
        : undefined;
      return `Je staat bekend als *${ctx.sender.displayName}*${org ? ` (${org})` : ""}, ${ROLE_LABELS[ctx.sender.role as Role] ?? ctx.sender.role}.\nAanpassen: /ik <naam>, <organisatie>`;
    }
    if (args.name.length < 2) return "Een naam heeft minstens 2 tekens. Zo werkt het: /ik <naam>, <organisatie>";
    const person = await updateProfile(ctx.tx, { person: ctx.sender, displayName: args.name, organisation: args.organisation });
    return `👋 Je wordt nu getoond als *${person.displayName}*${args.organisation ? ` (${args.organisation})` : ""}.`;
  },
});
