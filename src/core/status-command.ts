import { z } from "zod";
import { defineCommand } from "./command.ts";
import { changeAction } from "../services/change-action.ts";
import { describeAction } from "../services/describe-action.ts";
import { encodeDate } from "../services/action-fields.ts";
import { STATUS_EMOJI, type ActionStatus } from "../domain.ts";
import { statusLabel } from "../i18n/index.ts";

const nameSchema = z.object({ name: z.string().trim().min(1, "status.noName").max(200, "status.nameTooLong") });

/** The four status commands (klaar, bezig, stop, parkeer) share one shape. */
export function statusCommand(spec: { word: string; status: ActionStatus; aliases: string[]; summary: string; summaryEn: string; example: string }) {
  return defineCommand({
    name: `actie ${spec.word}`,
    aliases: spec.aliases,
    summary: spec.summary,
    summaryEn: spec.summaryEn,
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
      const d = await describeAction(ctx.tx, action.id, ctx.lang);
      const status = statusLabel(spec.status, ctx.t);
      if (!changes.length) return ctx.t("status.unchanged", { label: d.label, status });
      return ctx.t("status.changed", { emoji: STATUS_EMOJI[spec.status], label: d.label, status, owners: d.owners });
    },
  });
}
