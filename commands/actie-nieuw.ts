import { z } from "zod";
import { defineCommand, splitOnKeywords } from "../src/core/command.ts";
import { createAction } from "../src/services/create-action.ts";
import { describeAction } from "../src/services/describe-action.ts";
import { formatDay } from "../src/render/format.ts";

const KEYWORDS = ["pijler", "pillar", "deadline", "uiterlijk", "due", "eigenaar", "eigenaren", "owner"];

export default defineCommand({
  name: "actie nieuw",
  aliases: ["actie toevoegen", "actie nieuwe", "actie maak", "action new", "action add", "action create"],
  summary: "maakt een nieuwe actie (jij bent eigenaar, tenzij je iemand anders noemt)",
  usage: "/actie nieuw <titel> [pijler <naam>] [deadline <datum>] [eigenaar @persoon]",
  examples: [
    "/actie nieuw Watertappunt in de wijk pijler Gezond deadline 15 maart",
    "/actie nieuw Ouderavond over mediawijsheid eigenaar @Ahmed",
  ],
  mutates: true,
  parse(rest) {
    const { head, parts } = splitOnKeywords(rest, KEYWORDS);
    return {
      title: head,
      pillar: parts.pijler ?? parts.pillar,
      deadline: parts.deadline ?? parts.uiterlijk ?? parts.due,
      owner: parts.eigenaar ?? parts.eigenaren ?? parts.owner,
    };
  },
  schema: z.object({
    title: z
      .string()
      .trim()
      .min(3, "geef de actie een titel van minstens 3 tekens")
      .max(200, "die titel is te lang (maximaal 200 tekens)"),
    pillar: z.string().trim().min(1, "noem na 'pijler' de naam van de pijler").optional(),
    deadline: z.string().trim().min(1, "noem na 'deadline' een datum").optional(),
    owner: z.string().trim().min(1, "noem na 'eigenaar' een persoon, bijvoorbeeld @Sanne").optional(),
  }),
  async run(ctx, args) {
    const pillar = args.pillar ? await ctx.findPillar(args.pillar) : null;
    const deadline = args.deadline ? ctx.resolveDate(args.deadline) : null;
    const owners = args.owner
      ? await Promise.all(args.owner.split(/\s*(?:,|\ben\b|\band\b)\s*|\s+(?=@)/).filter(Boolean).map((ref) => ctx.findPerson(ref)))
      : [ctx.sender];
    const action = await createAction(ctx.tx, ctx.meta, {
      title: args.title,
      pillarId: pillar?.id ?? null,
      deadline,
      ownerIds: [...new Set(owners.map((o) => o.id))],
      planYear: ctx.wijk.planYear,
    });
    const d = await describeAction(ctx.tx, action.id);
    const due = deadline ? ` Deadline: ${formatDay(deadline, ctx.now)}.` : "";
    const hint = pillar ? "" : "\nTip: geef een pijler met /actie pijler <naam> <pijler>.";
    return `🆕 ${d.label} staat op gepland. Eigenaar: ${d.owners}.${due}${hint}`;
  },
});
