import { randomUUID } from "node:crypto";
import type { Tx } from "../../db.ts";
import type { BotDeps, MaybeBinding } from "../bot-deps.ts";
import { senderIdsOf, welcome } from "../bot-deps.ts";
import type { CommandContext, CommandDefinition, CommandResult, Reply, UnboundContext } from "../command.ts";
import type { Step, Turn } from "../pipeline.ts";
import type { IncomingMessage } from "../types.ts";
import { trackWrites } from "../track-writes.ts";
import { isDuplicate } from "./dedupe.ts";
import { runDirect } from "./act-direct.ts";
import { planFor } from "./authorise.ts";
import { isUniqueViolationInDriver } from "../../db/sql.ts";
import { AppError, NeedsChoice, NeedsConfirmation, NeedsValue, type Rerun } from "../errors.ts";
import { findChatBinding, type ChatBinding } from "../../services/find-chat-binding.ts";
import { resolveSender } from "../../services/resolve-sender.ts";
import { findAction, locateAction, type FoundAction } from "../../services/find-action.ts";
import { findPerson } from "../../services/find-person.ts";
import { findPillar } from "../../services/find-pillar.ts";
import { canChangeAction } from "../../rules/permissions.ts";
import { undoLastChange } from "../../services/undo-last-change.ts";
import { addProgressNote } from "../../services/add-progress-note.ts";
import { getActionNaming } from "../../services/get-action-naming.ts";
import { renderActionDescription } from "../../render/action-description.ts";
import type { ActionRow } from "../../db/rows.ts";
import { resolveDate, describeDay } from "../../parse/dates.ts";
import { readSchoolRegion } from "../../scheduler/settings.ts";
import { DEFAULT_LANGUAGE, dutch, isMessageKey, localize, roleLabel, translator, type Translate } from "../../i18n/index.ts";

/** A command's transaction may wait for the database a while under load before giving up. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Step 6: the command runs in one transaction — the sender resolved, a first direct chat
 * bound, the change and its history written — or not at all. A question the command asks
 * back (which one? sure?) is stored for the sender's answer; a change is remembered for
 * ten minutes, so a short correction can apply to it.
 */
export function actStep(deps: BotDeps): Step {
  return {
    name: "act",
    async run(turn) {
      if (!turn.plan || !turn.rerun) return;
      const first = turn.rerun;
      turn.replies.push(...(await runCommand(deps, turn, first)));
      // "moestuin is klaar en het watertappunt bezig", confirmed with "ja": the next ones, each as its own command.
      for (const next of first.then ?? []) {
        const plan = await planFor(deps, turn, next);
        if (typeof plan === "string") {
          turn.replies.push({ text: plan });
          break;
        }
        turn.plan = plan;
        turn.replies.push(...(await runCommand(deps, turn, { ...next, ...(first.confirmed ? { confirmed: true } : {}), followOn: true })));
      }
      turn.done = true;
    },
  };
}

async function runCommand(deps: BotDeps, turn: Turn, rerun: Rerun): Promise<Reply[]> {
  const direct = await tryDirect(deps, turn, rerun);
  if (direct) return direct;
  const { db, clock, prompts } = deps;
  const { message } = turn;
  const { command, args, binding } = turn.plan!;
  const senderIds = senderIdsOf(message);
  const batchId = randomUUID();
  const now = clock.now();
  let t: Translate = dutch;
  const touched: { id: string; title: string; alternatives: string[] }[] = [];
  try {
    const result = await db.$transaction(async (rawTx) => {
      const { tx, writes } = trackWrites(rawTx);
      const bound = binding ? await ensureDirectBinding(tx, message, senderIds, binding, now) : null;
      // A sender read with the chat a moment ago, under every id they write from, needs no lookup (nor registering).
      const resolved = binding?.knownSender
        ? { person: binding.knownSender, isNew: false }
        : bound
        ? await resolveSender(tx, {
            wijkId: bound.wijk.id,
            platform: message.platform,
            senderId: message.senderId,
            senderAltId: message.senderAltId,
            senderName: message.senderName,
            at: now,
          })
        : null;
      const sender = resolved?.person ?? null;
      if (sender) t = translator(sender.language);
      turn.t = t;
      // Someone who left the wijk (removed from its groups, or /vertrek) gets no wijk data in private.
      if (message.isDirect && bound && sender?.leftAt && !command.openToFormerMembers) {
        throw new AppError("FORBIDDEN", t("memberLeft.dmRefused", { wijk: bound.wijk.name }));
      }
      const ctx = buildContext(tx, writes, deps, message, bound, sender, batchId, now, rerun, t, touched);
      const undone = rerun.undoFirst && ctx.sender ? await undoLastChange(tx, ctx.meta) : null;
      let output = normalizeResult(await runWithContext(command, ctx, args));
      if (rerun.note && command.mutates && ctx.sender && touched.length === 1) output = await withNote(tx, ctx, touched[0].id, rerun.note, output);
      // (A correction that takes the last change back first — a reminder set again at another moment — says "corrected".)
      if (undone && !rerun.correction) output = [{ text: t("followUp.undidOther") }, ...output];
      else if (rerun.correction) output = output.map((r, i) => (i === 0 ? { ...r, text: `${t("followUp.corrected")} ${r.text}` } : r));
      // Someone new whose first words in a group are a command is welcomed too, after the answer.
      if (resolved?.isNew && bound && !message.isDirect) output = [...output, await welcome(tx, resolved.person, bound.wijk, now)];
      const changed = command.mutates && writes() > 0;
      if (changed && !command.erasesSender && !rerun.followOn) {
        await tx.processedMessage.create({
          data: { platform: message.platform, chatId: message.chatId, messageId: message.messageId, processedAt: now },
        });
      }
      return { output, wijkId: bound?.wijk.id, changed };
    }, TRANSACTION_OPTIONS);
    turn.changed = result.changed;
    if (result.changed && result.wijkId) deps.onChange?.(result.wijkId);
    if (worthRemembering(command, result.changed, touched)) await rememberChange(deps, turn, rerun, touched);
    return result.output.map((reply) => ({ ...reply, wijkId: result.wijkId }));
  } catch (error) {
    if (error instanceof AppError) return [{ text: error.localized(t), ...(error.code === "FORBIDDEN" ? { refused: true } : {}) }];
    // (A correction asked back — "niet die, ik bedoelde het vignet van Fatima", two vignets — still takes the last change
    // back first once answered, and whatever was said alongside still follows.)
    if (error instanceof NeedsChoice) return prompts.askChoice(message, withCarried(error, rerun), t);
    if (error instanceof NeedsConfirmation) return prompts.askConfirmation(message, withCarried(error, rerun), t);
    if (error instanceof NeedsValue) {
      await prompts.save(message, { kind: "need-action", rerun: error.rerun, command: error.command });
      return [{ text: localize(t, error.question) }];
    }
    if (isUniqueViolation(error) && !rerun.retried) {
      // Another process handled this very message first (same platform message id): stay silent.
      if (await isDuplicate(db, message)) return [];
      // Another process registered the same new sender or identity a moment ago: once more, now it exists.
      return runCommand(deps, turn, { ...rerun, retried: true });
    }
    throw error;
  }
}

/** What a rerun carries beyond its command (undo first, a correction, a note, more commands), onto the answers of a question it raised. */
function withCarried<E extends NeedsChoice | NeedsConfirmation>(error: E, rerun: Rerun): E {
  const carried: Partial<Rerun> = {
    ...(rerun.undoFirst ? { undoFirst: true } : {}),
    ...(rerun.correction ? { correction: true } : {}),
    ...(rerun.note ? { note: rerun.note } : {}),
    ...(rerun.then?.length ? { then: rerun.then } : {}),
  };
  if (!Object.keys(carried).length) return error;
  if (error instanceof NeedsChoice) return new NeedsChoice(error.question, error.options.map((o) => ({ ...o, rerun: { ...carried, ...o.rerun } }))) as E;
  const confirmation = error as NeedsConfirmation;
  return new NeedsConfirmation(confirmation.question, { ...carried, ...confirmation.rerun }) as E;
}

/** The command's direct path (act-direct.ts) when it takes this message; afterwards the same bookkeeping as below. */
async function tryDirect(deps: BotDeps, turn: Turn, rerun: Rerun): Promise<Reply[] | undefined> {
  let result;
  try {
    result = await runDirect(deps, turn, rerun);
  } catch (error) {
    if (!isUniqueViolationInDriver(error)) throw error;
    // Another process handled this very message first (same platform message id): stay silent.
    if (await isDuplicate(deps.db, turn.message)) return [];
    // Anything else: the ordinary path, which knows what to do about it.
    return undefined;
  }
  if (!result) return undefined;
  turn.t = result.t;
  turn.changed = result.changed;
  if (result.changed) deps.onChange?.(result.wijkId);
  if (worthRemembering(turn.plan!.command, result.changed, result.touched)) await rememberChange(deps, turn, rerun, result.touched);
  return result.output.map((reply) => ({ ...reply, wijkId: result.wijkId }));
}

/** A command for a wijk runs only with one (the authorise step answered otherwise); /help, /koppel and /ik koppel take either context. */
function runWithContext(command: CommandDefinition, ctx: CommandContext | UnboundContext, args: unknown): Promise<CommandResult> {
  if (command.needsWijk === false) return command.run(ctx, args);
  if (!ctx.sender) throw new Error(`${command.name} needs a wijk and got none`);
  return command.run(ctx, args);
}

/** What was said alongside the change, kept as a progress note on the same action (undone with it: same batch). */
async function withNote(tx: Tx, ctx: CommandContext, actionId: string, note: string, output: Reply[]): Promise<Reply[]> {
  await addProgressNote(tx, ctx.meta, actionId, note);
  const d = renderActionDescription(await getActionNaming(tx, actionId), ctx.lang);
  const noted = ctx.t("update.noted", { label: d.label, text: note });
  if (!output.length) return [{ text: noted }];
  const last = output[output.length - 1];
  return [...output.slice(0, -1), { ...last, text: `${last.text}\n${noted}` }];
}

/**
 * A change (so a correction can follow it), or one action just shown (a short message right after is about it:
 * "deadline mag 1 april worden").
 */
function worthRemembering(command: { name: string; erasesSender?: boolean }, changed: boolean, touched: readonly unknown[]): boolean {
  return (changed && !command.erasesSender) || (command.name === "actie info" && touched.length === 1);
}

/** Best effort: a correction can only follow a change the bot still remembers. */
async function rememberChange(deps: BotDeps, turn: Turn, rerun: Rerun, touched: { id: string; title: string; alternatives: string[] }[]): Promise<void> {
  const action = touched.length === 1 ? touched[0] : undefined;
  // Only a change to one action, a reminder just set ("om 10 uur graag"), a decision just recorded ("hoort bij punt 1"), an
  // agenda item's new status ("en 4 ook"), an absence, a role or someone signed off can be corrected or added to right after:
  // nothing else is worth a write.
  const reminder = !action && turn.plan!.command.name === "herinner";
  const absence = !action && turn.plan!.command.name === "afwezig";
  const decision = !action && turn.plan!.command.name === "besluit";
  // (A role given: "en Anouk voor Gezond" right after.)
  const role = !action && turn.plan!.command.name === "rol";
  // (Someone signed off: "zet al zijn acties op naam van Lisa" right after.)
  const leaving = !action && turn.plan!.command.name === "vertrek";
  // (A holiday period set: "klopt niet, moet 14 t/m 22 feb zijn" right after.)
  const holiday = !action && turn.plan!.command.name === "vakantie" && /\bt\/m\b/.test(rerun.text);
  // (An agenda item accepted, deferred or handled: "en 4 ook" right after.)
  // ("terug naar de oude volgorde" right after a new order.)
  const agenda = !action && /^(?:agenda (accepteer|uitstellen|behandeld|volgorde)|agendapunt)$/.test(turn.plan!.command.name);
  if (!action && !reminder && !decision && !agenda && !absence && !role && !leaving && !holiday) return;
  try {
    await deps.prompts.save(turn.message, {
      kind: "change",
      rerun: { text: rerun.text, ...(rerun.pickActionId ? { pickActionId: rerun.pickActionId } : {}) },
      command: turn.plan!.command.name,
      ...(action ? { actionId: action.id, actionTitle: action.title, alternatives: action.alternatives } : {}),
    });
  } catch (error) {
    deps.logger.warn({ err: String((error as Error)?.message ?? error) }, "could not remember the last change");
  }
}

/** A direct chat gets bound (a write) only inside the command's transaction. */
async function ensureDirectBinding(tx: Tx, message: IncomingMessage, senderIds: string[], binding: MaybeBinding, now: Date): Promise<ChatBinding> {
  if (binding.chat) return { chat: binding.chat, wijk: binding.wijk };
  const bound = await findChatBinding(tx, { platform: message.platform, chatId: message.chatId, isDirect: true, senderIds, now });
  if (!bound) throw new AppError("NOT_BOUND", dutch("core.notKnownDm"));
  return bound;
}

function buildContext(
  tx: Tx,
  writes: () => number,
  deps: Pick<BotDeps, "runtime" | "actionIndexes">,
  message: IncomingMessage,
  binding: ChatBinding | null,
  sender: Awaited<ReturnType<typeof resolveSender>>["person"] | null,
  batchId: string,
  now: Date,
  rerun: Rerun,
  t: Translate,
  touched: { id: string; title: string; alternatives: string[] }[],
): CommandContext | UnboundContext {
  const { runtime, actionIndexes } = deps;
  if (!binding || !sender) return { tx, now, lang: DEFAULT_LANGUAGE, t, runtime, message, rerun, wijk: null, sender: null, chat: null };
  const { wijk } = binding;
  const lang = sender.language;
  // The name version read with the chat for this message: the index needs no read of its own.
  const lookup = { wijkId: wijk.id, indexes: actionIndexes, namesVersion: wijk.actionNamesVersion };
  // Actions found in this command, with their owners and pillar name, as loaded — valid while the command has written nothing since.
  const loaded = new Map<ActionRow, { found: FoundAction; writes: number }>();
  const remember = (found: FoundAction) => {
    loaded.set(found.action, { found, writes: writes() });
    touched.push({ id: found.action.id, title: found.action.title, alternatives: found.alternatives });
  };
  const unchanged = (action: ActionRow) => {
    const entry = loaded.get(action);
    return entry && entry.writes === writes() ? entry.found : undefined;
  };
  return {
    tx,
    now,
    lang,
    t,
    runtime,
    actionIndexes,
    wijk,
    sender,
    chat: binding.chat,
    message,
    rerun,
    meta: {
      wijkId: wijk.id,
      personId: sender?.id ?? null,
      batchId,
      platform: message.platform,
      chatId: message.chatId,
      messageId: message.messageId,
      at: now,
    },
    madeAction: (action) => void touched.push({ id: action.id, title: action.title, alternatives: [] }),
    findAction: async (query) => {
      const found = await findAction(tx, { ...lookup, query, rerun, pickActionId: rerun.pickActionId, person: sender });
      remember(found);
      return found.action;
    },
    locateAction: async (text) => {
      const found = await locateAction(tx, { ...lookup, text, rerun, pickActionId: rerun.pickActionId, person: sender });
      remember(found);
      return found;
    },
    describeAction: async (action) => {
      const found = unchanged(action);
      if (!found) return renderActionDescription(await getActionNaming(tx, action.id), lang);
      return renderActionDescription({ title: action.title, pillarName: found.people.pillarName, ownerNames: found.people.owners.map((o) => o.displayName) }, lang);
    },
    findPerson: (ref) => findPerson(tx, { wijkId: wijk.id, ref, platform: message.platform, mentions: message.mentions }),
    findPillar: (name) => findPillar(tx, { wijkId: wijk.id, name }),
    resolveDate: (phrase) => {
      if (rerun.pickDate) return new Date(rerun.pickDate);
      const typed = rerun.datePhrase ?? phrase;
      const resolved = resolveDate(typed, now, { region: readSchoolRegion(wijk.settings) });
      if (resolved.kind === "ok") return resolved.date;
      if (resolved.kind === "question") {
        const question = resolved.ask(lang);
        if (!resolved.options.length) throw new AppError("INVALID", question);
        throw new NeedsChoice(
          question,
          resolved.options.map((date, i) => ({ label: describeDay(date, lang), answer: String(i + 1), rerun: { ...rerun, pickDate: date.toISOString() } })),
        );
      }
      throw new AppError("INVALID", t("core.badDate", { phrase: typed }));
    },
    ensureCanChange: async (action) => {
      const found = unchanged(action);
      const verdict = await canChangeAction(tx, { person: sender, actionId: action.id, at: now, ...(found ? { loaded: found } : {}) });
      if (!verdict.allowed) throw new AppError("FORBIDDEN", verdict.reason);
    },
    requireRole: (roles, what) => {
      if (!roles.includes(sender.role)) {
        const names = roles.map((r) => roleLabel(r, t)).join(` ${t("core.or")} `);
        throw new AppError("FORBIDDEN", t("core.onlyRole", { roles: names, what: isMessageKey(what) ? t(what) : what }));
      }
    },
  };
}

function normalizeResult(result: CommandResult): Reply[] {
  if (typeof result === "string") return [{ text: result }];
  return Array.isArray(result) ? result : [result];
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export type { CommandContext };
