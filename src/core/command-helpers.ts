import type { CommandContext } from "./command.ts";
import { resolveDate } from "../parse/dates.ts";
import { AppError } from "./errors.ts";
import { localText } from "../i18n/index.ts";
import type { ActionRow } from "../db/rows.ts";
import type { MessageKey } from "../i18n/index.ts";

/** Reference time for recognising date phrases while parsing (resolution uses the real clock). */
const RECOGNITION_REFERENCE = new Date(Date.UTC(2026, 0, 5, 8));

/** "watertappunt in de wijk vrijdag 15 maart" → name + the longest trailing date phrase. */
export function splitTrailingDate(text: string): { name: string; date: string } | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  for (let k = Math.min(8, tokens.length - 1); k >= 1; k--) {
    const date = tokens.slice(tokens.length - k).join(" ");
    // ("verkeersles in groep 5 11 februari 8:00": the number of a school group, class or item is no part of the date.)
    if (/^\d/.test(tokens[tokens.length - k]) && /^(groep|groepen|gr\.?|klas|klassen|nummer|nr\.?|no\.?|punt|agendapunt|lokaal|item)$/i.test(tokens[tokens.length - k - 1] ?? "")) continue;
    if (resolveDate(date, RECOGNITION_REFERENCE).kind !== "unreadable") {
      return { name: tokens.slice(0, tokens.length - k).join(" "), date };
    }
  }
  return undefined;
}

/**
 * Splits "<action name> <value>" where both may have several words: an explicit
 * separator (":" or " naar ") wins; else the action's name is found as a span anywhere in
 * the text and everything else is the value, word for word as typed.
 */
export async function splitActionRef(
  ctx: CommandContext,
  text: string,
  options: { separators?: RegExp } = {},
): Promise<{ action: ActionRow; value: string }> {
  // A colon says most clearly where the name ends ("Veilig naar school: …"); then " naar " / " to ".
  const separator = options.separators ?? (/:\s+/.test(text) ? /\s*:\s+/ : /\s+naar\s+|\s+to\s+/i);
  const parts = text.split(separator);
  if (parts.length >= 2 && parts[0].trim() && parts.slice(1).join(" ").trim()) {
    const named = await ctx.findAction(parts[0]).catch((error: unknown) => {
      // "moestuin offerte binnen: €1.200": the colon belonged to the note, not after the name.
      if (error instanceof AppError && error.code === "NOT_FOUND") return undefined;
      throw error;
    });
    if (named) return { action: named, value: text.slice(text.search(separator)).replace(separator, "").trim() };
  }
  if (text.trim().split(/\s+/).length < 2) throw new AppError("INVALID", localText("action.twoParts"));
  const { action, before, after } = await ctx.locateAction(text);
  const value = trimEdges(after) || trimEdges(before);
  if (!value) throw new AppError("INVALID", localText("action.twoParts"));
  return { action, value };
}

/** The words around an action's name without the commas and dashes that only separated them. */
export function trimEdges(text: string): string {
  return text.replace(/^[\s,;:\-–—]+|[\s,;\-–—]+$/g, "").trim();
}

/** "€ 1.500", "1500", "1.250,50", "2k" → cents. */
export function parseAmountCents(text: string): number | undefined {
  const t = text.replace(/€|eur(o)?/gi, "").replace(/\s+/g, "").toLowerCase();
  const k = t.endsWith("k");
  const body = k ? t.slice(0, -1) : t;
  let normalized = body;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(body)) normalized = body.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(,\d{1,2})$/.test(body)) normalized = body.replace(",", ".");
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(body)) normalized = body.replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(normalized)) return undefined;
  const euros = Number(normalized) * (k ? 1000 : 1);
  if (!Number.isFinite(euros) || euros > 100_000_000) return undefined;
  return Math.round(euros * 100);
}

/**
 * The action a command typed without its value is about ("/actie bereik huiswerkbegeleiding"), so the value can be asked
 * for next; when no action has that name either, what the command needs, with its usage and an example.
 */
export async function findActionForValue(ctx: CommandContext, name: string, valueMissing: boolean, need: { what: MessageKey; usage: string; example: string }): Promise<ActionRow> {
  return ctx.findAction(name).catch((error: unknown) => {
    if (valueMissing && error instanceof AppError && error.code === "NOT_FOUND") {
      const said = ctx.t(need.what);
      throw new AppError("INVALID", `${said.charAt(0).toUpperCase()}${said.slice(1)}.\n${ctx.t("core.usage", { usage: need.usage })}\n${ctx.t("core.example", { example: need.example })}`);
    }
    throw error;
  });
}
