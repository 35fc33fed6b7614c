import { z } from "zod";
import { changeAction } from "../src/services/change-action.ts";
import { encodeIdSet } from "../src/db/action-fields.ts";
import { findOrCreateOrganisation } from "../src/services/find-or-create-organisation.ts";
import { ageGroupSchema } from "../src/domain.ts";
import { defineCommand, splitOnKeywords } from "../src/core/command.ts";
import { createAction } from "../src/services/create-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { formatDay } from "../src/render/format.ts";
import { parseAmountCents } from "../src/core/command-helpers.ts";

const KEYWORDS = ["pijler", "pillar", "deadline", "uiterlijk", "due", "eigenaar", "eigenaren", "owner", "doelgroep", "partner", "beoogd", "begroot"];

export default defineCommand({
  name: "actie nieuw",
  aliases: ["actie toevoegen", "actie nieuwe", "actie maak", "action new", "action add", "action create"],
  summary: "maakt een nieuwe actie (jij bent eigenaar, tenzij je iemand anders noemt)",
  summaryEn: "creates a new action (you own it, unless you name someone else)",
  usage: "/actie nieuw <titel> [pijler <naam>] [deadline <datum>] [eigenaar @persoon] [doelgroep 0-4|4-12|12+|algemeen] [partner <organisatie>] [beoogd <aantal>] [begroot <bedrag>]",
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
      ageGroup: parts.doelgroep,
      partner: parts.partner,
      intended: parts.beoogd,
      planned: parts.begroot === undefined ? undefined : (parseAmountCents(parts.begroot) ?? Number.NaN),
    };
  },
  schema: z.object({
    title: z
      .string()
      .trim()
      .min(3, "new.titleShort")
      .max(200, "new.titleLong"),
    pillar: z.string().trim().min(1, "new.pillarMissing").optional(),
    deadline: z.string().trim().min(1, "new.deadlineMissing").optional(),
    owner: z.string().trim().min(1, "new.ownerMissing").optional(),
    ageGroup: z.string().trim().transform((g) => g.replace(/\s+/g, "").replace(/jaar$/i, "").toLowerCase()).pipe(ageGroupSchema).optional(),
    partner: z.string().trim().min(2, "new.partnerMissing").max(120, "partner.long").optional(),
    intended: z.coerce.number({ message: "reach.count" }).int("reach.count").min(0, "reach.count").max(1_000_000, "reach.count").optional(),
    planned: z.number({ message: "budget.amount" }).int("budget.amount").min(0, "budget.amount").optional(),
  }),
  async run(ctx, args) {
    const pillar = args.pillar ? await ctx.findPillar(args.pillar) : null;
    const deadline = args.deadline ? ctx.resolveDate(args.deadline) : null;
    const owners = args.owner
      ? await Promise.all(args.owner.split(/\s*(?:,|\ben\b|\band\b)\s*|\s+(?=@)/).filter(Boolean).map((ref) => ctx.findPerson(ref)))
      : [ctx.sender];
    const fields = { title: args.title, pillarId: pillar?.id ?? null, deadline, ownerIds: [...new Set(owners.map((o) => o.id))], planYear: ctx.wijk.planYear };
    const action = await createAction(ctx.tx, ctx.meta, fields, ctx.actionIndexes);
    ctx.madeAction(action);
    if (args.ageGroup) await changeAction(ctx.tx, ctx.meta, action.id, { ageGroup: args.ageGroup });
    if (args.partner) {
      const org = await findOrCreateOrganisation(ctx.tx, ctx.wijk.id, args.partner);
      await changeAction(ctx.tx, ctx.meta, action.id, { partners: encodeIdSet([org.id]) });
    }
    // "beoogd 60", "begroot 400": the intended reach and the planned budget, as /actie bereik and /actie budget set them.
    if (args.intended !== undefined) await changeAction(ctx.tx, ctx.meta, action.id, { reachIntended: String(args.intended) });
    if (args.planned !== undefined) await changeAction(ctx.tx, ctx.meta, action.id, { budgetPlanned: String(args.planned) });
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    const due = deadline ? ctx.t("new.due", { date: formatDay(deadline, ctx.now, ctx.lang) }) : "";
    const hint = pillar ? "" : ctx.t("new.pillarHint");
    return ctx.t("new.created", { label: d.label, owners: d.owners, due, hint });
  },
});
