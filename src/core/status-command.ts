import { z } from "zod";
import { defineCommand, type CommandContext } from "./command.ts";
import type { ActionRow } from "../db/rows.ts";
import { trimEdges } from "./command-helpers.ts";
import { changeAction } from "../services/change-action.ts";
import { changeActionInOneBatch } from "../services/change-action-in-one-batch.ts";
import type { ActionDescription } from "../render/action-description.ts";
import type { Translate } from "../i18n/index.ts";
import { addProgressNote } from "../services/add-progress-note.ts";
import { encodeDate } from "../db/action-fields.ts";
import { STATUS_EMOJI, type ActionStatus } from "../domain.ts";
import { statusLabel } from "../i18n/index.ts";

const nameSchema = z.object({ name: z.string().trim().min(1, "status.noName").max(1000, "status.nameTooLong") });

/** Words after the name that say nothing ("is", "!") are no note; anything else is kept word for word. */
const NOT_A_NOTE = /^(is|zijn|nu|op|gezet|[!.\s])*$/i;

/**
 * The four status commands (klaar, bezig, stop, parkeer) share one shape: the action's
 * name, then optionally why ("/actie stop zomerkamp, gaat niet door"), kept as a progress
 * note in the same change.
 */
export function statusCommand(spec: { word: string; status: ActionStatus; aliases: string[]; summary: string; summaryEn: string; example: string }) {
  return defineCommand({
    name: `actie ${spec.word}`,
    aliases: spec.aliases,
    summary: spec.summary,
    summaryEn: spec.summaryEn,
    usage: `/actie ${spec.word} <naam> [, waarom]`,
    examples: [spec.example],
    mutates: true,
    parse: (rest) => ({ name: rest }),
    schema: nameSchema,
    async run(ctx, args) {
      const { action, note } = await actionAndNote(ctx, args.name);
      await ctx.ensureCanChange(action);
      // A status change leaves the title, pillar and owners as they are: the reply names the action as loaded.
      const d = await ctx.describeAction(action);
      const values: Record<string, string | null> = { status: spec.status };
      if (spec.status === "bezig" && !action.startDate) values.startDate = encodeDate(ctx.now);
      const changes = await changeAction(ctx.tx, ctx.meta, action.id, values, action);
      if (note) await addProgressNote(ctx.tx, ctx.meta, action.id, note);
      return statusReply(ctx.t, spec.status, d, changes.length > 0, note);
    },
    // The plain case — an action named without doubt, no note, the sender's to change — as
    // one batch without Prisma (issue 15); anything else goes to `run` above.
    async direct(ctx, args) {
      const text = args.name;
      // actionAndNote reads a note after a colon, and looks for the name (and a note) in other texts.
      if (/:\s/.test(text)) return undefined;
      const found = await ctx.actionNamed(text);
      if (!found || !ctx.plainlyMayChange(found)) return undefined;
      const { action } = found;
      const d = ctx.describe(found);
      const values: Record<string, string | null> = { status: spec.status };
      if (spec.status === "bezig" && !action.startDate) values.startDate = encodeDate(ctx.now);
      const changes = await changeActionInOneBatch(ctx.sql, { meta: ctx.meta, loaded: action, values, processed: ctx.processed });
      if (!changes) return undefined;
      return { output: statusReply(ctx.t, spec.status, d, changes.length > 0, ""), changed: changes.length > 0, action: found };
    },
  });
}

function statusReply(t: Translate, status: ActionStatus, d: ActionDescription, changed: boolean, note: string): string {
  const label = statusLabel(status, t);
  const noted = note ? `\n${t("status.noted", { label: d.label, note })}` : "";
  // The reply starts with what was stored: the note, when the status itself stayed the same.
  if (!changed) return note ? `${t("status.noted", { label: d.label, note })}\n${t("status.unchanged", { label: d.label, status: label })}` : t("status.unchanged", { label: d.label, status: label });
  return t("status.changed", { emoji: STATUS_EMOJI[status], label: d.label, status: label, owners: d.owners }) + noted;
}

async function actionAndNote(ctx: CommandContext, text: string): Promise<{ action: ActionRow; note: string }> {
  // "naam: waarom" — the colon says where the name ends.
  const colon = text.search(/:\s/);
  if (colon > 0) return { action: await ctx.findAction(text.slice(0, colon)), note: cleanNote(text.slice(colon + 1)) };
  // An action already chosen (a numbered answer, or read from free text): the text is its name.
  if (ctx.rerun.pickActionId) return { action: await ctx.findAction(text), note: "" };
  if (text.trim().split(/\s+/).length === 1) return { action: await ctx.findAction(text), note: "" };
  const { action, before, after } = await ctx.locateAction(text);
  return { action, note: cleanNote(after) || (before.split(/\s+/).length >= 3 ? cleanNote(before) : "") };
}

function cleanNote(text: string): string {
  const note = trimEdges(text).slice(0, 1000);
  return NOT_A_NOTE.test(note) ? "" : note;
}
