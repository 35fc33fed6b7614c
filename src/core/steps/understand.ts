import type { BotDeps } from "../bot-deps.ts";
import { findBindingReadOnly, senderIdsOf, translatorFor } from "../bot-deps.ts";
import type { Step, Turn } from "../pipeline.ts";
import { NeedsChoice, NeedsConfirmation } from "../errors.ts";
import { loadCandidateFacts, rankCandidates } from "../../action-names/rank-actions.ts";
import { localize, localText, translator } from "../../i18n/index.ts";
import { understand, type Understanding, type UnderstandWorld } from "../../understand/index.ts";
import { locateActions } from "../../action-names/locate-action.ts";
import { readSchoolRegion } from "../../scheduler/settings.ts";
import { listReminders } from "../../services/list-reminders.ts";
import { findNextMeeting } from "../../services/find-next-meeting.ts";
import { findDecisionMeeting } from "../../services/find-decision-meeting.ts";
import { listUpcomingMeetings } from "../../services/list-upcoming-meetings.ts";
import { listAgendaItems } from "../../services/list-agenda-items.ts";
import { getAgenda } from "../../services/get-agenda.ts";
import { listActions } from "../../services/list-actions.ts";
import { listOpenDatePollOptions } from "../../services/list-open-date-poll-options.ts";
import { loadReaderNamesDirectly, type ReaderNames } from "../../services/load-reader-names-directly.ts";
import { findSenderDirectly, type SenderPerson } from "../../services/find-sender-directly.ts";
import { sqlOf } from "../../db/sql.ts";
import { fold } from "../../parse/text.ts";
import { CHECK_IN_WORDS, readCheckInInWords } from "../../understand/read-check-in.ts";
import { confirmEach } from "../../understand/helpers.ts";
import { contentWords } from "../../understand/pick.ts";
import { findOpenMidYearCheck } from "../../services/find-open-mid-year-check.ts";
import { canChangeAction } from "../../rules/permissions.ts";
import type { PersonRow } from "../../db/rows.ts";

/**
 * Step 4: what the message asks for. A slash command is taken as typed; free text is read
 * (src/understand) into the slash command it stands for, or into one precise question back.
 * A question never becomes a change without a "ja".
 */
export function understandStep(deps: BotDeps): Step {
  return {
    name: "understand",
    async run(turn) {
      if (turn.rerun) return;
      if (/^[/!]/.test(turn.text)) {
        // ("/actie update huiskamer", "/actie deadline wijkwebsite": an action named without the value — asked for, as when
        // written in words; the answer completes the command.)
        if (await askedForValue(deps, turn)) return;
        turn.rerun = { text: turn.text };
        turn.origin = "slash";
        return;
      }
      const { message } = turn;
      let bareCheck: string | undefined;
      if (message.isDirect) {
        // A bare answer a command takes in a direct chat (the check-in's "1 op koers").
        const taker = deps.router.commands.find((c) => c.bareAnswer?.test(turn.text));
        // ("1 en 2 op koers, moestuin loopt achter": numbers and a name — read below, where the names are known.)
        if (taker && taker.name === "check" && CHECK_IN_WORDS.test(fold(turn.text)) && /\p{L}{4,}/u.test(fold(turn.text).replace(/\b(op koers|on track|loopt|achter|achterstand|behind|stoppen|alles|klaar|hulp|nodig|en|and)\b/g, ""))) bareCheck = `/${taker.name} ${turn.text}`;
        else if (taker) {
          turn.rerun = { text: `/${taker.name} ${turn.text}` };
          turn.origin = "free-text";
          return;
        }
      }
      if (!message.isDirect) {
        // A bare answer a command takes in a group, addressed to the bot (the date poll's "1, 3").
        const taker = deps.router.commands.find((c) => c.groupAnswer?.test(turn.text));
        if (taker) {
          turn.rerun = { text: `/${taker.name} ${turn.text}` };
          turn.origin = "free-text";
          return;
        }
      }
      const binding = await findBindingReadOnly(deps.db, message);
      turn.binding = binding;
      if (!binding) {
        // Not (yet) someone of a wijk: the slash-less path has nothing to read against.
        if (message.isDirect) turn.replies.push({ text: (await translatorFor(deps.db, message))("core.notKnownDm") });
        else turn.replies.push({ text: (await translatorFor(deps.db, message))("core.notBound") });
        turn.done = true;
        return;
      }
      const world = { ...(await loadWorld(deps, turn, binding.wijk.id, binding.wijk.settings)), ...(binding.chat ? { chatKind: binding.chat.kind } : {}) };
      // ("financiele educatie loopt achter, geldlessen op koers en de speeltuin ook": the mid-year check answered in words.)
      if (CHECK_IN_WORDS.test(fold(turn.text))) {
        const person = await sender(deps.db, message, binding.wijk.id);
        const items = person ? await findOpenMidYearCheck(deps.db, person.id) : null;
        const check = items ? readCheckInInWords(turn.text, items, locateActions(world.index, turn.text)) : undefined;
        if (check ?? bareCheck) {
          turn.rerun = { text: (check ?? bareCheck)! };
          turn.origin = "free-text";
          return;
        }
      }
      let understood = await understand(turn.text, world);
      // "9 ouders langs geweest", "ouderbrief is ook verstuurd trouwens" right after a change: no action named, so the one
      // just changed for this sender in this chat (ten minutes) is the likely one — shown first, never done at once.
      // (Before a guess at one of the sender's own actions: "Bij welke actie noteer ik …?")
      if (isWhichAction(understood) || (understood.kind === "say" && understood.text.key === "understand.generic") || isOwnActionGuess(understood)) {
        const continued = await continuesLastChange(deps, turn, world, isWhichAction(understood));
        if (continued) understood = continued;
        else if (isOwnActionGuess(understood)) understood = (await withLastChangedFirst(deps, turn, understood)) ?? understood;
      }
      const t = translator(world.senderLanguage);
      // The very first direct message of someone known, with nothing specific in it: their personal start.
      // (A precise answer — "what should I remind you of?" — is given as is.)
      if (message.isDirect && !binding.chat && understood.kind === "say" && /^understand\.(generic|hello|thanks)$/.test(understood.text.key)) {
        turn.rerun = { text: "/ik" };
        turn.origin = "free-text";
        return;
      }
      switch (understood.kind) {
        case "run":
          turn.rerun = { text: understood.text, ...(understood.pickActionId ? { pickActionId: understood.pickActionId } : {}), ...(understood.note ? { note: understood.note } : {}) };
          turn.origin = "free-text";
          return;
        case "confirm":
          turn.replies.push(
            ...(await deps.prompts.askConfirmation(
              message,
              new NeedsConfirmation(understood.question, {
                text: understood.text,
                ...(understood.pickActionId ? { pickActionId: understood.pickActionId } : {}),
                ...(understood.note ? { note: understood.note } : {}),
                ...(understood.then ? { then: understood.then } : {}),
              }),
              t,
            )),
          );
          break;
        case "choose":
          turn.replies.push(
            ...(await deps.prompts.askChoice(
              message,
              new NeedsChoice(
                understood.question,
                understood.options.map((o, i) => ({ label: typeof o.label === "string" ? o.label : localize(t, o.label), answer: String(i + 1), rerun: { text: o.text, pickActionId: o.pickActionId, ...(o.note ? { note: o.note } : {}), ...(o.then?.length ? { then: o.then } : {}) } })),
              ),
              t,
            )),
          );
          break;
        case "need-action":
          await deps.prompts.save(message, {
            kind: "need-action",
            rerun: { text: `/${understood.command}`, ...(understood.pickActionId ? { pickActionId: understood.pickActionId } : {}) },
            command: understood.command,
            ...(understood.then ? { then: understood.then } : {}),
            ...(understood.options?.length ? { options: understood.options.map((o) => ({ text: o.text, pickActionId: o.pickActionId })) } : {}),
          });
          // (The sender's own actions offered by number, one per line under the question.)
          turn.replies.push({ text: [localize(t, understood.question), ...(understood.options ?? []).map((o, i) => `${i + 1}. ${o.label}`)].join("\n") });
          break;
        case "say":
          turn.replies.push({ text: localize(t, understood.text) });
          break;
        case "read-as":
          await deps.prompts.save(message, { kind: "read-as", prefix: understood.prefix, ...(understood.suffix ? { suffix: understood.suffix } : {}) });
          turn.replies.push({ text: localize(t, understood.question) });
          break;
      }
      turn.done = true;
    },
  };
}

/**
 * The commands that take an action and then a value but do not ask for a missing value themselves, with the question that asks
 * for it (/actie deadline, eigenaar, bereik and budget ask on their own, after their permission check).
 */
const VALUE_ASKED: Record<string, { command: string; key: "understand.ask.update" | "understand.ask.partner" }> = {
  update: { command: "actie update", key: "understand.ask.update" },
  voortgang: { command: "actie update", key: "understand.ask.update" },
  notitie: { command: "actie update", key: "understand.ask.update" },
  partner: { command: "actie partner", key: "understand.ask.partner" },
};

async function askedForValue(deps: BotDeps, turn: Turn): Promise<boolean> {
  const said = turn.text.match(/^\/actie\s+(update|voortgang|notitie|partner)\s+([^\d:@]{2,60}?)\s*:?\s*$/i);
  if (!said) return false;
  const asked = VALUE_ASKED[said[1].toLowerCase()];
  const binding = await findBindingReadOnly(deps.db, turn.message);
  if (!asked || !binding) return false;
  const index = await deps.actionIndexes.get(deps.db, binding.wijk.id, (await readerNames(deps.db, binding.wijk.id)).actionNamesVersion);
  const name = said[2].trim();
  // Only a name and nothing else: one action that the words name outright.
  const spans = locateActions(index, name).filter((s) => (s.exact || s.quality >= 2) && s.start <= 4 && s.end >= name.length - 4);
  const ids = [...new Set(spans.map((s) => s.action.id))];
  if (ids.length !== 1) return false;
  const { action } = spans[0];
  const person = await sender(deps.db, turn.message, binding.wijk.id);
  // (Someone who may not change the action gets the command's refusal, not the question.)
  if (!person || !(await canChangeAction(deps.db, { person: { ...person, wijkId: binding.wijk.id } as PersonRow, actionId: action.id, at: deps.clock.now() })).allowed) return false;
  const t = translator(person.language);
  await deps.prompts.save(turn.message, { kind: "need-action", rerun: { text: `/${asked.command} ${action.title}:`, pickActionId: action.id }, command: asked.command });
  turn.replies.push({ text: localize(t, localText(asked.key, { title: action.title })) });
  turn.done = true;
  return true;
}

function isWhichAction(u: Understanding): boolean {
  return (u.kind === "need-action" || u.kind === "read-as") && (u.question.key === "understand.whichAction" || u.question.key === "understand.whichActionOffered");
}

/** A note offered at one of the sender's own actions because the message named none. */
function isOwnActionGuess(u: Understanding): boolean {
  return (u.kind === "choose" && u.question.key === "understand.whichOwnAction") || (u.kind === "confirm" && u.question.key === "understand.ownActionNote");
}

/**
 * "er waren 34 ouders, veel vragen over tiktok" right after "ouderavond mediawijsheid klaar": news offered for the sender's own
 * open actions leaves out the one just closed — which is the likeliest; it comes first (ten minutes, same sender and chat).
 */
async function withLastChangedFirst(deps: BotDeps, turn: Turn, guess: Understanding): Promise<Understanding | undefined> {
  const stored = await deps.prompts.load(turn.message);
  if (!stored || stored.expired || stored.payload.kind !== "change" || !stored.payload.actionId || !stored.payload.actionTitle) return undefined;
  const { actionId, actionTitle } = stored.payload;
  if (!/^actie (klaar|stop|parkeer)$/.test(stored.payload.command)) return undefined;
  // (The sender's own open actions offered: a numbered list, or the one action asked about.)
  const own = guess.kind === "choose" ? guess.options : guess.kind === "confirm" && guess.pickActionId ? [{ label: guess.text.match(/^\/actie update ([^:]*):/)?.[1] ?? "", text: guess.text, pickActionId: guess.pickActionId }] : [];
  if (!own.length || own.some((o) => o.pickActionId === actionId)) return undefined;
  const note = own[0].text.replace(/^\/actie update [^:]*:\s*/, "");
  return {
    kind: "choose",
    question: localText("understand.whichOwnAction", { note }),
    options: [{ label: actionTitle, text: `/actie update ${actionTitle}: ${note}`, pickActionId: actionId }, ...own],
  };
}

/** The message read as said of the action this sender just changed here; a change of that action only, asked first. */
async function continuesLastChange(deps: BotDeps, turn: Turn, world: UnderstandWorld, changeSaid: boolean): Promise<Understanding | undefined> {
  if (turn.text.split(/\s+/).length > 20 || turn.text.includes("?")) return undefined;
  const folded = fold(turn.text);
  // A take-back, a correction or an answer ("hmm laat maar", "wacht nee, geparkeerd bedoel ik", "yes, it is done now") is
  // never news for the action.
  if (/\b(laat maar|nee|niet|correctie|sorry|oeps|bedoel|bedoelde|wacht|verkeerd|verkeerde|wrong|undo|meant)\b|^(ja|yes|jep|yep|klopt|ok|oke)\b/.test(folded)) return undefined;
  // Read with no change in it at all, the message only continues when it says so ("ook", "nog", "trouwens", "en zet het …")
  // and points at nothing else ("en die andere ook") — or when it says why (below).
  // ("en zet het bereik op 11 ouders, dat is het totaal tot nu toe" right after a note: a change asked for, of that action.)
  const continues = (/\b(ook|nog|trouwens|verder|daarnaast|btw|also|too)\b/.test(folded) || /^(?:en |o |oja )?(?:zet|maak) (?:het|de|m|hem) (?:bereik|doel|begroting|budget|deadline|doelgroep)\b/.test(folded)) && !/\b(geen|die|deze|andere|welke|wat|wie)\b/.test(folded);
  // ("gemeente trekt de subsidie in helaas 😞" right after "zomerkamp gaat niet door", "zet er ff bij waarom: …" right after a
  // new deadline: why, said next — offered as the note of that change, never done at once.)
  const why = turn.text.replace(/^\s*@?wijkbot[\s,:]*/i, "").replace(/^(?:(?:en|o|oja|ow)\s+)?(?:zet|schrijf|noteer)\s+(?:er\s+)?(?:(?:ff|even|maar|ook|nog)\s+)*(?:bij\s+)?(?:waarom|de reden|reden)\s*:\s*|^(?:reden|waarom|why|reason)\s*:\s*/i, "").trim();
  const whySaid = !changeSaid && !continues && contentWords(why) >= 3 && !/^(wat|wie|wanneer|waar|hoe|welke|welk|is|zijn|kan|kun|mag|heb|hebben|moet|what|who|when|where|how|which|can|could)\b/.test(fold(why));
  if (!changeSaid && !continues && !whySaid) return undefined;
  const stored = await deps.prompts.load(turn.message);
  if (!stored || stored.expired || stored.payload.kind !== "change" || !stored.payload.actionId || !stored.payload.actionTitle) return undefined;
  const { actionId, actionTitle } = stored.payload;
  // ("o ja en de moestuin ook 🌱" after "watertappunt is klaar": another action named is not news about this one.)
  if (locateActions(world.index, turn.text).some((s) => s.action.id !== actionId && (s.exact || s.quality >= 2))) return undefined;
  if (whySaid) {
    if (!/^actie (stop|parkeer|deadline|eigenaar|klaar|bezig)$/.test(stored.payload.command)) return undefined;
    const command = `/actie update ${actionTitle}: ${why}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: actionId };
  }
  // ("en 4 nieuwe vrijwilligers, zet dat er ook bij": the news, without the "and" before it and the request after it.)
  const said = turn.text.replace(/^\s*@?wijkbot[\s,:]*/i, "").replace(/^(?:en|and)\s+(?=\S+\s+\S)/i, "").replace(/[,;]\s*(?:zet|schrijf|noteer)\s+(?:dat|dit|het)\s+(?:er\s+)?(?:(?:ook|even|ff|maar|nog)\s+)*(?:bij|op)(?:\s+(?:aub|graag|pls))?\s*[.!]*$/i, "");
  const again = await understand(`${actionTitle}: ${said}`, world);
  if (again.kind !== "run" && again.kind !== "confirm") return undefined;
  // ("we willen er 50 jongeren mee bereiken, 900 euro begroot" right after a new action: two changes, both of that action.)
  const commands = [{ text: again.text, pickActionId: again.pickActionId }, ...(again.kind === "confirm" ? again.then ?? [] : [])];
  const ofThisAction = (c: { text: string; pickActionId?: string }) =>
    /^\/actie (update|klaar|bezig|stop|parkeer|deadline|bereik|budget|partner|eigenaar|doelgroep)\b/.test(c.text) && c.text.includes(actionTitle) && (!c.pickActionId || c.pickActionId === actionId);
  if (!commands.every(ofThisAction)) return undefined;
  if (commands.length > 1) return confirmEach(commands.map((c) => ({ text: c.text, pickActionId: actionId })));
  return again.kind === "confirm" ? { ...again, pickActionId: actionId } : { kind: "confirm", question: localText("understand.confirm", { what: again.text }), text: again.text, pickActionId: actionId, ...(again.note ? { note: again.note } : {}) };
}

/** What the reader needs of the wijk, loaded for one message (the action names come from the kept index). */
export async function loadWorld(deps: Pick<BotDeps, "db" | "clock" | "router" | "actionIndexes">, turn: Pick<Turn, "message">, wijkId: string, wijkSettings: string | null): Promise<UnderstandWorld> {
  const { db, clock, router, actionIndexes } = deps;
  // The names the reader looks for and the sender, read together (each costs about as much as the reading itself through Prisma).
  const [names, person] = await Promise.all([readerNames(db, wijkId), sender(db, turn.message, wijkId)]);
  const { people, pillars, organisations } = names;
  const index = await actionIndexes.get(db, wijkId, names.actionNamesVersion);
  return {
    now: clock.now(),
    region: readSchoolRegion(wijkSettings),
    isDirect: turn.message.isDirect,
    router,
    index,
    people,
    pillars: pillars.map((p) => p.name),
    organisations: organisations.map((o) => o.name),
    ...(person ? { sender: { displayName: person.displayName }, senderLanguage: person.language } : {}),
    async details(actionId) {
      const action = await db.action.findUniqueOrThrow({
        where: { id: actionId },
        select: { budgetSpentCents: true, budgetPlannedCents: true, reachReached: true, deadline: true, status: true, owners: { select: { person: { select: { displayName: true } } } } },
      });
      return { ownerNames: action.owners.map((o) => o.person.displayName), reachReached: action.reachReached, spentCents: action.budgetSpentCents, plannedCents: action.budgetPlannedCents, hasDeadline: action.deadline !== null, status: action.status };
    },
    async nextMeeting() {
      return (await findNextMeeting(db, { wijkId, now: clock.now() }))?.startsAt;
    },
    async upcomingMeetings() {
      return (await listUpcomingMeetings(db, { wijkId, now: clock.now() })).filter((m) => m.closedAt === null).map((m) => m.startsAt);
    },
    async agendaItems() {
      // The next meeting's agenda as /agenda numbers it ("de begroting schuift door naar maart").
      const meeting = await findNextMeeting(db, { wijkId, now: clock.now() });
      if (!meeting) return [];
      // With who proposed each ("het punt van Sanne"), as the agenda sent ahead shows them.
      const { items } = await getAgenda(db, { meeting, now: clock.now(), withPillars: false });
      return items.map((item, i) => ({ number: i + 1, text: item.text, status: item.status, ...(item.proposer?.name ? { proposer: item.proposer.name } : {}) }));
    },
    async senderPillar() {
      // The sender's own pillar ("wie is de aanjager van mijn pijler?"), read only when asked.
      if (!person?.pillarId) return undefined;
      return (await db.pillar.findUnique({ where: { id: person.pillarId }, select: { name: true } }))?.name;
    },
    async decisionItems() {
      // The agenda of the meeting a decision typed now belongs to, as /besluit … agendapunt <nr> numbers it.
      const meeting = await findDecisionMeeting(db, { wijkId, now: clock.now() });
      if (!meeting) return [];
      return (await listAgendaItems(db, meeting.id)).map((item, i) => ({ number: i + 1, text: item.text, status: item.status }));
    },
    async ownActions() {
      // The sender's own open actions, as /acties mijn lists them ("kinderen hebben tomaten geplant": at which one?).
      if (!person) return [];
      return (await listActions(db, { wijkId, filter: { kind: "mine", personId: person.id }, now: clock.now() })).map((a) => ({ id: a.id, title: a.title, pillarName: a.pillarName }));
    },
    async pollOptions() {
      // The open date poll's options ("ik kan alleen op donderdag de 9e": which one is that?).
      return listOpenDatePollOptions(db, { wijkId, ...(person ? { personId: person.id } : {}) });
    },
    async reminders() {
      // The sender's own reminders as /herinneringen numbers them ("de herinnering van het weekoverzicht mag weg").
      if (!person) return [];
      return (await listReminders(db, { scope: { creatorId: person.id }, now: clock.now() })).map((r) => ({
        number: r.number,
        text: r.text,
        next: r.next,
        target: r.target.kind === "person" ? { name: r.target.name } : r.target.kind === "group" ? ("group" as const) : ("maker" as const),
        ...(r.recurrence ? { recurrence: r.recurrence } : {}),
      }));
    },
    async rank(candidates) {
      // One name found: nothing to weigh (and nothing to read).
      if (candidates.length === 1) return rankCandidates(candidates, new Map(), person);
      const facts = await loadCandidateFacts(db, candidates.map((c) => c.action.id));
      return rankCandidates(candidates, facts, person);
    },
  };
}

/** The wijk's names for the reader: through the driver where there is one (src/db/sql.ts), every free-text message reads them. */
async function readerNames(db: BotDeps["db"], wijkId: string): Promise<ReaderNames> {
  const sql = sqlOf(db);
  if (sql) {
    const names = await loadReaderNamesDirectly(sql, wijkId);
    if (!names) throw new Error(`no wijk ${wijkId}`);
    return names;
  }
  return db.wijk.findUniqueOrThrow({
    where: { id: wijkId },
    select: {
      actionNamesVersion: true,
      people: { where: { leftAt: null, erasedAt: null }, select: { displayName: true } },
      pillars: { select: { name: true } },
      organisations: { select: { name: true } },
    },
  });
}

/** The sender's person in the wijk, when one of their ids is known there: through the driver where there is one. */
export async function sender(db: BotDeps["db"], message: Turn["message"], wijkId: string): Promise<SenderPerson | null> {
  const sql = sqlOf(db);
  if (sql) return findSenderDirectly(sql, { wijkId, platform: message.platform, senderIds: senderIdsOf(message) });
  const identity = await db.identity.findFirst({
    where: { platform: message.platform, externalId: { in: senderIdsOf(message) }, wijkId },
    select: { person: { select: { id: true, role: true, pillarId: true, displayName: true, language: true } } },
  });
  return identity?.person ?? null;
}

export { localText };
