import { z } from "zod";
import { defineCommand } from "./command.ts";
import { changeAction } from "../services/change-action.ts";
import { describeAction } from "../services/describe-action.ts";
import { encodeDate } from "../services/action-fields.ts";
import { STATUS_EMOJI, type ActionStatus } from "../domain.ts";

const nameSchema = z.object({ name: z.string().trim().min(1, "noem de actie die je bedoelt").max(200, "die naam is te lang") });

/** The four status commands (klaar, bezig, stop, parkeer) share one shape. */
export function statusCommand(spec: { word: string; status: ActionStatus; aliases: string[]; summary: string; example: string }) {
  return defineCommand({
    name: `actie ${spec.word}`,
    aliases: spec.aliases,
    summary: spec.summary,
    usage: `/actie ${spec.word} <naam>`,
    examples: [spec.example],
    mutates: true,
    parse: (rest) => ({ name: rest }),
    schema: nameSchema,
    async run(ctx, args) {
      const action = await ctx.findAction(args.name);
      await ctx.ensureCanChange(action);
      const values: Record<string, string | null> = { status: spec.status };
      if (spec.status === "bezig" && !action.startDate) values.startDate = encodeDate(ctx.now);
      const changes = await changeAction(ctx.tx, ctx.meta, action.id, values);
      const d = await describeAction(ctx.tx, action.id);
      if (!changes.length) return `${d.label} stond al op ${spec.status}.`;
      return `${STATUS_EMOJI[spec.status]} ${d.label} staat op ${spec.status}. Eigenaar: ${d.owners}.`;
    },
  });
}
