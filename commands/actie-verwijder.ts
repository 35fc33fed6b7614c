import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { encodeDate } from "../src/db/action-fields.ts";
import { NeedsConfirmation } from "../src/core/errors.ts";

export default defineCommand({
  name: "actie verwijder",
  aliases: ["actie wis", "actie weg", "action delete", "action remove"],
  summary: "verwijdert een actie (alleen de coördinator; vraagt eerst om bevestiging, de geschiedenis blijft bewaard)",
  summaryEn: "deletes an action (coordinator only; asks for confirmation first, the history is kept)",
  usage: "/actie verwijder <naam>",
  examples: ["/actie verwijder dubbele actie"],
  mutates: true,
  parse: (rest) => ({ name: rest }),
  schema: z.object({ name: z.string().trim().min(1, "delete.name").max(200) }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator"], "delete.what");
    const action = await ctx.findAction(args.name);
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    if (!ctx.rerun.confirmed) {
      throw new NeedsConfirmation(ctx.t("delete.question", { label: d.label }), { ...ctx.rerun, pickActionId: action.id });
    }
    await changeAction(ctx.tx, ctx.meta, action.id, { deleted: encodeDate(ctx.now) });
    return ctx.t("delete.done", { label: d.label });
  },
});
