import type { BotDeps } from "../bot-deps.ts";
import { findBindingReadOnly, translatorFor } from "../bot-deps.ts";
import { sender } from "./understand.ts";
import { fold } from "../../parse/text.ts";
import type { Step, Turn } from "../pipeline.ts";
import type { MessageKey, MessageVars } from "../../i18n/index.ts";
import { mayBeFollowUp, mayBeReadAs, readFollowUp, SELF, type FollowUpLookups } from "../../understand/follow-up.ts";
import type { StoredPrompt } from "../prompts.ts";
import { locateActions } from "../../action-names/locate-action.ts";

/**
 * Step 2: a message read against what the bot last asked or did for this sender in this
 * chat (ten minutes): a number or a name for "which one?", ja/nee, "laat maar", or a short
 * correction of the change just made ("nee, 3 februari"). Anything else goes on as a new
 * message.
 */
export function followUpStep(deps: BotDeps): Step {
  return {
    name: "follow-up",
    async run(turn) {
      // Only a short message without a slash can be a follow-up: the rest costs no lookup.
      const short = mayBeFollowUp(turn.text);
      if (!short && !mayBeReadAs(turn.text)) return;
      let stored = await deps.prompts.load(turn.message);
      // A swipe-reply to the bot's message about another person's change: a correction of that change, by this sender
      // (with this sender's rights). Only a correction is read so; anything else goes on as a new message.
      const ofOther = short && (!stored || stored.expired) ? await deps.prompts.loadQuotedChange(turn.message) : null;
      if (ofOther) stored = ofOther;
      if (!stored) return;
      // (An answer to "how many?" or "what amount?" may say more: "19 nu, er zijn er deze maand een paar bijgekomen".)
      // (So may a correction of an absence: "o wacht t/m 27 maart moet het zijn, ik zit de week erna ook nog in Spanje".)
      if (!short && stored.payload.kind !== "read-as" && stored.payload.kind !== "need-action" && !(stored.payload.kind === "change" && stored.payload.command === "afwezig")) return;
      let reading = readFollowUp(turn.text, stored, deps.clock.now());
      // Naming something ("en de ouderavond ook", "die van Lisa"): look up what is named, then read again.
      // ("sorry wrong one, moest 2e schil zijn, undo pls": an undo that names the one meant is read with that name too.)
      const undoing = reading.kind === "rerun" && reading.rerun.text === "/ongedaan" && stored.payload.kind === "change";
      if ((reading.kind === "none" || (reading.kind === "ask" && stored.payload.kind === "change") || undoing) && !stored.expired) {
        const lookups = await lookUp(deps, turn, turn.text, stored);
        if (lookups) reading = readFollowUp(turn.text, stored, deps.clock.now(), lookups);
      }
      if (ofOther && reading.kind !== "rerun") return;
      switch (reading.kind) {
        case "none":
          return;
        case "read-as":
          // "Leesclub in de bieb, kansrijk" after "Wat is de nieuwe actie?": understood as "nieuwe actie: …", addressed to the bot.
          await deps.prompts.clear(turn.message);
          turn.text = reading.text;
          turn.addressed = true;
          return;
        case "say":
          // ("top 👍 dankjewel" in a group, after the bot's change for this sender: thanks among people — left alone there; in
          // a direct chat it is answered.)
          if (reading.key === "followUp.ack" && !turn.message.isDirect && THANKS_ONLY.test(turn.text.replace(/^\s*@?wijkbot\b[\s,:]*/i, "").trim())) return;
          // ("👍", "mooi 💪" said in the group after the bot's change, not to the bot: an approving nod among people.)
          if (reading.key === "followUp.ack" && !turn.message.isDirect && !turn.message.mentionsBot && !turn.message.repliesToBot && NOD_ONLY.test(turn.text.trim())) return;
          if (reading.clear) await deps.prompts.clear(turn.message);
          return say(deps, turn, reading.key, reading.vars);
        case "ask":
          // ("oeps had de verkeerde actie op klaar gezet 🙈 even fixen" in the group, not to the bot: told to the others — an
          // offer to take it back is only made when the bot is addressed.)
          if (reading.key === "followUp.undoAsk" && !turn.message.isDirect && !turn.message.mentionsBot && !turn.message.repliesToBot && !/^\s*@?wijkbot\b/i.test(turn.text)) return;
          await deps.prompts.save(turn.message, reading.save);
          return say(deps, turn, reading.key, reading.vars);
        case "rerun":
          await deps.prompts.clear(turn.message);
          // "📅 Nieuwe datum" under a reminder: ask for the date; the next message completes the command.
          if (reading.rerun.askValue) {
            const { askValue, ...rerun } = reading.rerun;
            await deps.prompts.save(turn.message, { kind: "need-action", rerun, command: askValue.command });
            return say(deps, turn, askValue.key, askValue.vars);
          }
          turn.rerun = reading.rerun;
          turn.origin = "follow-up";
          return;
      }
    },
  };
}

/** Thanks with a word of praise, nothing else ("top 👍 dankjewel", "super, thanks!"). */
const NOD_ONLY = /^(?:(?:top|super|mooi|fijn|prima|perfect|geweldig|great|nice|ok|oke|oké|okay|goed zo|lekker|toppie|yes|👍|🙏|😊|💪|👌|✅|🙂|🎉|👏)[\s,!.]*)+$/iu;
const THANKS_ONLY = /^(?:(?:top|super|mooi|fijn|prima|perfect|geweldig|great|nice|👍|🙏|😊|💪)[\s,!.]*)*(?:dank\s*je(?:\s*wel)?|dankjewel|dank u(?:\s*wel)?|bedankt|thanks|thx|merci|tnx)(?:[\s,!.]*(?:man|hoor|joh|allemaal|👍|🙏|😊|💪|🙂))*[\s!.]*$/iu;

/** The actions a correction names (in the wijk of the change just made), or the owners of a question's options. */
async function lookUp(deps: BotDeps, turn: Turn, text: string, stored: StoredPrompt): Promise<FollowUpLookups | undefined> {
  const { payload } = stored;
  // ("Lisa en ik samen", "Bram erbij" to "who becomes owner?": who "ik" is, and who owns the action now.)
  if (payload.kind === "need-action" && payload.command === "actie eigenaar" && payload.rerun.pickActionId) {
    const id = payload.rerun.pickActionId;
    const action = await deps.db.action.findUnique({ where: { id }, select: { wijkId: true } });
    if (!action) return undefined;
    const me = (await sender(deps.db, turn.message, action.wijkId))?.displayName;
    return { named: [], ...(me ? { me } : {}), ownersById: await ownersOf(deps, [id]) };
  }
  // ("sorry ik bedoelde esther, niet peter" to "Bedoel je: /actie eigenaar …?": the wijk's people by name.)
  if (payload.kind === "confirm" && payload.rerun.text.startsWith("/actie eigenaar ") && payload.rerun.pickActionId) {
    const action = await deps.db.action.findUnique({ where: { id: payload.rerun.pickActionId }, select: { wijkId: true } });
    if (!action) return undefined;
    return { named: [], people: (await deps.db.person.findMany({ where: { wijkId: action.wijkId, leftAt: null }, select: { displayName: true } })).map((p) => p.displayName) };
  }
  // ("sorry, moet Vreedzaam zijn" right after a role: the wijk's pillars, to tell a pillar from a person.)
  if (payload.kind === "change" && payload.command === "rol") {
    const binding = await findBindingReadOnly(deps.db, turn.message);
    if (!binding) return undefined;
    return { named: [], pillars: (await deps.db.pillar.findMany({ where: { wijkId: binding.wijk.id }, select: { name: true } })).map((p) => p.name) };
  }
  if (payload.kind === "change" && payload.actionId) {
    const action = await deps.db.action.findUnique({ where: { id: payload.actionId }, select: { wijkId: true } });
    if (!action) return undefined;
    const index = await deps.actionIndexes.get(deps.db, action.wijkId);
    const spans = locateActions(index, text).filter((s) => s.quality >= 1);
    // ("en ikzelf ook" after an owner change, "Joke trekt hem samen met mij" after a new action: who "ik" is in that wijk.)
    // (Right after a new owner always: "ik blijf er zelf ook op" is read with the owners and the people below.)
    const ownerChange = payload.command === "actie eigenaar";
    const me = ownerChange || (payload.command === "actie nieuw" && SELF.test(fold(text))) ? (await sender(deps.db, turn.message, action.wijkId))?.displayName : undefined;
    // ("pijler moet vreedzaam zijn ipv kansrijk": the wijk's pillars, right after a new action or its pillar.)
    const pillars = /^actie (nieuw|pijler|update)$/.test(payload.command) ? (await deps.db.pillar.findMany({ where: { wijkId: action.wijkId }, select: { name: true } })).map((p) => p.name) : undefined;
    // ("die van Lisa", "het vignet van Fatima": whose each of them is.)
    // ("… en zet Joke er ook bij als eigenaar": who owns the action now, to add one.)
    // ("lisa moet er ook op blijven", "en Esther ook!" right after a new owner: who owns it now, and the wijk's people by name.)
    const ids = /\bvan\s+@?\p{L}/iu.test(text) ? [...new Set([payload.actionId, ...(payload.alternatives ?? []), ...spans.map((s) => s.action.id)])] : /\b(eigenaar|owner)\b/i.test(text) || ownerChange ? [payload.actionId] : [];
    const ownersById = ids.length ? await ownersOf(deps, ids) : undefined;
    // ("oja en Esther ook" right after a new action: the wijk's people by name too.)
    const people = ownerChange || (payload.command === "actie nieuw" && /\book\b/i.test(text)) ? (await deps.db.person.findMany({ where: { wijkId: action.wijkId }, select: { displayName: true } })).map((p) => p.displayName) : undefined;
    return { named: spans.map((s) => ({ id: s.action.id, title: s.action.title, start: s.start, end: s.end, quality: s.quality })), ...(me ? { me } : {}), ...(ownersById ? { ownersById } : {}), ...(pillars ? { pillars } : {}), ...(people ? { people } : {}) };
  }
  if (payload.kind === "choice") {
    const ids = payload.options.map((o) => o.pickActionId);
    if (!ids.every(Boolean)) return undefined;
    const owners = await ownersOf(deps, ids as string[]);
    return { ownersOf: ids.map((id) => owners[id!] ?? []) };
  }
  return undefined;
}

/** The owners' display names of these actions, by action id. */
async function ownersOf(deps: BotDeps, ids: string[]): Promise<Record<string, string[]>> {
  const rows = await deps.db.action.findMany({ where: { id: { in: ids } }, select: { id: true, owners: { select: { person: { select: { displayName: true } } } } } });
  return Object.fromEntries(rows.map((r) => [r.id, r.owners.map((o) => o.person.displayName)]));
}

async function say(deps: BotDeps, turn: Turn, key: MessageKey, vars?: MessageVars): Promise<void> {
  turn.replies.push({ text: (await translatorFor(deps.db, turn.message))(key, vars) });
  turn.done = true;
}
