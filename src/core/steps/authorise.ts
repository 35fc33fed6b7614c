import type { BotDeps } from "../bot-deps.ts";
import { findBindingReadOnly, translatorFor } from "../bot-deps.ts";
import type { CommandDefinition } from "../command.ts";
import type { RouteResult } from "../router.ts";
import type { CommandPlan, Step, Turn } from "../pipeline.ts";
import type { Rerun } from "../errors.ts";
import { usageHelp } from "../../render/help.ts";
import { dutch, isMessageKey, type Translate } from "../../i18n/index.ts";

/** Texts longer than this are not commands anyone typed; answered, never parsed. */
const MAX_COMMAND_LENGTH_CHARS = 2000;

/**
 * Step 5: which command, with which arguments, for which wijk. An unknown command, bad
 * arguments or a chat that belongs to no wijk get a short reply that says what to type
 * instead; nothing runs. (Who may change what is checked by the command itself, in its
 * transaction, against the rows it loads.)
 */
export function authoriseStep(deps: BotDeps): Step {
  return {
    name: "authorise",
    async run(turn) {
      if (!turn.rerun) return;
      const plan = await planFor(deps, turn, turn.rerun);
      if (typeof plan === "string") return say(turn, plan);
      turn.plan = plan;
    },
  };
}

/** The command a rerun names, with its checked arguments and the chat's wijk; or the reply that says why it cannot run. */
export async function planFor(deps: BotDeps, turn: Turn, rerun: Rerun): Promise<CommandPlan | string> {
  if (rerun.text.length > MAX_COMMAND_LENGTH_CHARS) return (await translatorFor(deps.db, turn.message))("core.tooLong");
  const route = deps.router.route(rerun.text);
  if (route.kind !== "command") return unknownCommandText(route, await translatorFor(deps.db, turn.message));
  const { command, rest } = route.routed;
  turn.commandName = command.name;
  const parsed = command.schema.safeParse(safeParse(command, rest));
  if (!parsed.success) {
    const t = await translatorFor(deps.db, turn.message);
    // Schemas give message keys, so the complaint reaches each reader in their language; a
    // check without one (zod's own English words) becomes a plain "I don't understand that".
    const raw = parsed.error.issues[0]?.message ?? "";
    const problem = isMessageKey(raw) ? t(raw) : t("core.notUnderstood");
    return `${capitalize(problem)}.\n${usageHelp(command, t)}`;
  }
  const binding = turn.binding !== undefined ? turn.binding : await findBindingReadOnly(deps.db, turn.message);
  if (!binding && command.needsWijk !== false) return dutch(turn.message.isDirect ? "core.notKnownDm" : "core.notBound");
  return { command, args: parsed.data, binding };
}

function say(turn: Turn, text: string): void {
  turn.replies.push({ text });
  turn.done = true;
}

export function unknownCommandText(route: Exclude<RouteResult, { kind: "command" }>, t: Translate): string {
  if (route.kind === "incomplete") {
    const subs = route.options.map((c) => c.name.split(" ")[1]).filter(Boolean);
    return t("core.incomplete", { group: route.group, options: [...new Set(subs)].join(", "), first: subs[0] ?? "" });
  }
  return t("core.unknownCommand", { word: route.word.slice(0, 30) });
}

function safeParse(command: CommandDefinition, rest: string): unknown {
  try {
    return command.parse(rest);
  } catch {
    return undefined;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
