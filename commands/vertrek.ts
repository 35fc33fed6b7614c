import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { AppError, NeedsConfirmation } from "../src/core/errors.ts";
import { findOrphanedActions } from "../src/services/find-orphaned-actions.ts";
import { markPersonLeft } from "../src/services/mark-person-left.ts";
import { orphanLines } from "../src/render/orphans.ts";
import { findFormerMember } from "../src/services/find-former-member.ts";
import { countOpenActions } from "../src/services/count-open-actions.ts";

export default defineCommand({
  name: "vertrek",
  aliases: ["vertrokken", "afmelden", "leave", "left", "offboard"],
  summary: "meldt iemand af die vertrekt (de coördinator, of jijzelf) en toont de acties die een nieuwe eigenaar nodig hebben",
  summaryEn: "marks someone as having left (the coordinator, or yourself) and lists the actions that need a new owner",
  usage: "/vertrek @persoon",
  examples: ["/vertrek @Peter"],
  mutates: true,
  parse: (rest) => ({ person: rest.trim() }),
  schema: z.object({ person: z.string().min(1, "leave.personShape").max(80, "leave.personShape") }),
  async run(ctx, args) {
    const former = await findFormerMember(ctx.tx, { wijkId: ctx.wijk.id, ref: args.person, platform: ctx.message.platform, mentions: ctx.message.mentions });
    if (former) return ctx.t("leave.already", { name: former.displayName });
    const person = await ctx.findPerson(args.person);
    if (person.id !== ctx.sender.id) ctx.requireRole(["coordinator"], "leave.what");
    if (!ctx.rerun.confirmed) {
      const open = await countOpenActions(ctx.tx, person.id);
      throw new NeedsConfirmation(ctx.t("leave.question", { name: person.displayName, count: open }), ctx.rerun);
    }
    const { alreadyLeft } = await markPersonLeft(ctx.tx, { personId: person.id, at: ctx.now });
    if (alreadyLeft) throw new AppError("CONFLICT", ctx.t("leave.already", { name: person.displayName }));
    const orphans = await findOrphanedActions(ctx.tx, { wijkId: ctx.wijk.id, formerOwnerId: person.id });
    const done = ctx.t("leave.done", { name: person.displayName });
    if (!orphans.length) return `${done}\n${ctx.t("leave.noOrphans")}`;
    return `${done}\n${ctx.t("leave.orphans")}\n${orphanLines(orphans, ctx.t)}\n${ctx.t("leave.hint", { name: person.displayName })}`;
  },
});

