import type { Db, Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { normalizeLanguage, translator, type Translate } from "../i18n/index.ts";
import { localParts } from "../parse/dates.ts";
import { formatDay } from "../render/format.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { AppError } from "./errors.ts";
import type { PersonRow, WijkRow } from "./rows.ts";

/**
 * The Check of Plan-Do-Check-Act (seed 000: "een jaarplan met een tussentijdse
 * evaluatie"): once a year every owner gets one numbered list of their open actions and
 * answers per action; the coördinator gets each owner's summary; the rows stay for the
 * web overview.
 */
export const VERDICTS = ["op-koers", "loopt-achter", "stoppen"] as const;
export type Verdict = (typeof VERDICTS)[number];
/** CheckIn.round of the mid-year check (a check-in round names its meeting or month). */
export const MID_YEAR = "";
/** An unanswered check gets one reminder this long after it was sent. */
export const CHECK_IN_REMINDER_AFTER_DAYS = 7;

/** A proactive message for one person, in their language; the caller routes it (DM, or a mention in the group). */
export interface PersonMessage {
  wijkId: string;
  personId: string;
  text: string;
}

export interface CheckInItem {
  n: number;
  actionId: string;
  title: string;
}

const VERDICT_WORDS: [RegExp, Verdict][] = [
  [/^(op koers|on track|goed|prima|ok)$/i, "op-koers"],
  [/^(loopt achter|achter|achterstand|behind|late)$/i, "loopt-achter"],
  [/^(stoppen|stop|gestopt|stopt|stopped)$/i, "stoppen"],
];
const VERDICT_PATTERN = "op koers|on track|loopt achter|achterstand|achter|behind|stoppen|stopped|stop|gestopt";
/** What a bare answer in a direct chat looks like: "1 op koers", "alles op koers". */
export const CHECK_IN_ANSWER = new RegExp(`^\\s*(\\d{1,2}|alles|all)\\s*[.):-]?\\s*(${VERDICT_PATTERN})\\b`, "i");

/**
 * "1 op koers, 2 loopt achter en 3 stoppen" → {1: op-koers, 2: loopt-achter, 3: stoppen};
 * "alles op koers" → every number up to `count`. Null when any part is not understood.
 */
export function parseCheckInAnswers(text: string, count: number): Map<number, Verdict> | null {
  const answers = new Map<number, Verdict>();
  const all = new RegExp(`^\\s*(?:alles|all)\\s+(${VERDICT_PATTERN})\\s*[.!]?\\s*$`, "i").exec(text);
  if (all) {
    const verdict = toVerdict(all[1]);
    for (let n = 1; n <= count; n++) answers.set(n, verdict);
    return answers;
  }
  const part = new RegExp(`(\\d{1,2})\\s*[.):-]?\\s*(${VERDICT_PATTERN})\\b`, "gi");
  let rest = text;
  for (const m of text.matchAll(part)) {
    answers.set(Number(m[1]), toVerdict(m[2]));
    rest = rest.replace(m[0], " ");
  }
  if (!answers.size || !/^[\s,;.&+]*(?:(?:en|and)[\s,;.]*)*$/i.test(rest)) return null;
  return answers;
}

function toVerdict(word: string): Verdict {
  const normalized = word.trim().replace(/\s+/g, " ");
  return VERDICT_WORDS.find(([re]) => re.test(normalized))?.[1] ?? "op-koers";
}

/** The plan year a check belongs to: the wijk's, or the calendar year when none is set. */
function yearOf(wijk: WijkRow, now: Date): number {
  return wijk.planYear ?? localParts(now).year;
}

/** Owners (still here) of the open actions (of a plan year, when given), with those actions in deadline order. */
export async function ownersWithOpenActions(tx: Tx | Db, input: { wijkId: string; year?: number }) {
  const actions = await tx.action.findMany({
    where: {
      wijkId: input.wijkId,
      deletedAt: null,
      status: { in: [...OPEN_STATUSES] },
      ...(input.year === undefined ? {} : { OR: [{ planYear: input.year }, { planYear: null }] }),
    },
    include: { owners: { include: { person: true } } },
    orderBy: [{ deadline: "asc" }, { title: "asc" }],
  });
  const byOwner = new Map<string, { person: PersonRow; actions: typeof actions }>();
  for (const action of actions) {
    for (const { person } of action.owners) {
      if (person.leftAt) continue;
      const entry = byOwner.get(person.id) ?? { person, actions: [] };
      entry.actions.push(action);
      byOwner.set(person.id, entry);
    }
  }
  return byOwner;
}

/** The people the scheduled check will go to: owners of open actions who have not had it this year. */
export async function checkInRecipients(db: Db, input: { wijk: WijkRow; now: Date }): Promise<{ personIds: string[]; year: number }> {
  const year = yearOf(input.wijk, input.now);
  const owners = await ownersWithOpenActions(db, { wijkId: input.wijk.id, year });
  const already = new Set((await db.checkIn.findMany({ where: { wijkId: input.wijk.id, year, round: MID_YEAR }, select: { personId: true } })).map((c) => c.personId));
  return { personIds: [...owners.keys()].filter((id) => !already.has(id)), year };
}

/**
 * Opens one person's check for the year and returns its text (in their language). A
 * check opened earlier with the same `sentAt` is sent again unchanged (a retried
 * delivery); one opened otherwise (by /jaarplan check) or for someone without open
 * actions gives null: nothing to send.
 */
export async function openCheckIn(tx: Tx, input: { wijkId: string; personId: string; year: number; sentAt: Date; now: Date }): Promise<string | null> {
  const existing = await tx.checkIn.findUnique({ where: { wijkId_personId_year_round: { wijkId: input.wijkId, personId: input.personId, year: input.year, round: MID_YEAR } } });
  const person = await tx.person.findUnique({ where: { id: input.personId } });
  if (!person || person.leftAt) return null;
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  if (existing) {
    if (existing.sentAt.getTime() !== input.sentAt.getTime() || existing.answeredAt || existing.answers !== "{}") return null;
    return checkInText(JSON.parse(existing.items) as CheckInItem[], t, lang, input.year, new Map(), input.now);
  }
  const own = (await ownersWithOpenActions(tx, { wijkId: input.wijkId, year: input.year })).get(input.personId)?.actions ?? [];
  if (!own.length) return null;
  const items: CheckInItem[] = own.map((a, i) => ({ n: i + 1, actionId: a.id, title: a.title }));
  await tx.checkIn.create({ data: { wijkId: input.wijkId, personId: input.personId, year: input.year, items: JSON.stringify(items), sentAt: input.sentAt } });
  return checkInText(items, t, lang, input.year, new Map(own.map((a) => [a.id, a.deadline])), input.now);
}

/**
 * /jaarplan check: the coördinator sends the check now to every owner who has not had it
 * this year (so running it again, or the scheduled day coming later, never sends twice).
 */
export async function startCheckIn(tx: Tx, input: { wijk: WijkRow; now: Date }): Promise<PersonMessage[]> {
  const year = yearOf(input.wijk, input.now);
  const owners = await ownersWithOpenActions(tx, { wijkId: input.wijk.id, year });
  const already = new Set((await tx.checkIn.findMany({ where: { wijkId: input.wijk.id, year, round: MID_YEAR }, select: { personId: true } })).map((c) => c.personId));
  const messages: PersonMessage[] = [];
  for (const personId of owners.keys()) {
    if (already.has(personId)) continue;
    const text = await openCheckIn(tx, { wijkId: input.wijk.id, personId, year, sentAt: input.now, now: input.now });
    if (text) messages.push({ wijkId: input.wijk.id, personId, text });
  }
  return messages;
}

/** The reminder for a check still unanswered (only the unanswered actions); null when it was answered meanwhile. */
export async function checkInReminder(db: Db, input: { checkInId: string; now: Date }): Promise<string | null> {
  const checkIn = await db.checkIn.findUnique({ where: { id: input.checkInId } });
  if (!checkIn || checkIn.answeredAt) return null;
  const person = await db.person.findUnique({ where: { id: checkIn.personId } });
  if (!person || person.leftAt) return null;
  await db.checkIn.update({ where: { id: checkIn.id }, data: { remindedAt: input.now } });
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  const answers = JSON.parse(checkIn.answers) as Record<string, Verdict>;
  const items = (JSON.parse(checkIn.items) as CheckInItem[]).filter((i) => !answers[String(i.n)]);
  return t("checkin.reminder", { year: checkIn.year, list: itemList(items, t, lang), example: t("checkin.example") });
}

function checkInText(items: readonly CheckInItem[], t: Translate, lang: string, year: number, deadlines: Map<string, Date | null>, now: Date): string {
  return t("checkin.dm", { year, list: itemList(items, t, lang, deadlines, now), example: t("checkin.example") });
}

export interface CheckInAnswerResult {
  noted: { n: number; title: string; verdict: Verdict }[];
  missing: number[];
  /** Summaries for the coördinator(s), once every action has an answer. */
  summaries: PersonMessage[];
}

/**
 * Stores a person's answers to their open check; "stoppen" also stops the action (with
 * history, so /ongedaan can take it back). Throws AppError for answers it cannot place.
 */
export async function answerCheckIn(
  tx: Tx,
  meta: ChangeMeta,
  input: { person: PersonRow; text: string; t: Translate; now: Date },
): Promise<CheckInAnswerResult> {
  const { t } = input;
  const checkIn = await tx.checkIn.findFirst({ where: { personId: input.person.id, answeredAt: null, round: MID_YEAR }, orderBy: { sentAt: "desc" } });
  if (!checkIn) throw new AppError("NOT_FOUND", t("checkin.none"));
  const items = JSON.parse(checkIn.items) as CheckInItem[];
  const parsed = parseCheckInAnswers(input.text, items.length);
  if (!parsed) throw new AppError("INVALID", t("checkin.badAnswer"));
  for (const n of parsed.keys()) {
    if (!items.some((i) => i.n === n)) throw new AppError("INVALID", t("checkin.unknownNumber", { n, max: items.length }));
  }
  const answers = { ...(JSON.parse(checkIn.answers) as Record<string, Verdict>) };
  const noted: CheckInAnswerResult["noted"] = [];
  for (const [n, verdict] of [...parsed.entries()].sort((a, b) => a[0] - b[0])) {
    const item = items.find((i) => i.n === n)!;
    answers[String(n)] = verdict;
    noted.push({ n, title: item.title, verdict });
    if (verdict === "stoppen") await changeAction(tx, { ...meta, batchId: `${meta.batchId}:${n}` }, item.actionId, { status: "gestopt" });
  }
  const missing = items.filter((i) => !answers[String(i.n)]).map((i) => i.n);
  const complete = missing.length === 0;
  await tx.checkIn.update({ where: { id: checkIn.id }, data: { answers: JSON.stringify(answers), ...(complete ? { answeredAt: input.now } : {}) } });
  const summaries: PersonMessage[] = [];
  if (complete) {
    const coordinators = await tx.person.findMany({ where: { wijkId: checkIn.wijkId, role: "coordinator", leftAt: null } });
    for (const c of coordinators) {
      const ct = translator(c.language);
      const list = items.map((i) => ct("checkin.summaryLine", { title: i.title, verdict: ct(`verdict.${answers[String(i.n)]}`) })).join("\n");
      summaries.push({ wijkId: checkIn.wijkId, personId: c.id, text: ct("checkin.summary", { name: input.person.displayName, list }) });
    }
  }
  return { noted, missing, summaries };
}

/** The check-ins of one plan year, for the web overview and the year summary. */
export async function listCheckIns(tx: Tx | Db, input: { wijkId: string; year: number }) {
  const rows = await tx.checkIn.findMany({ where: { wijkId: input.wijkId, year: input.year, round: MID_YEAR }, orderBy: { sentAt: "asc" } });
  const people = new Map(
    (await tx.person.findMany({ where: { id: { in: rows.map((r) => r.personId) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  return rows.map((r) => {
    const answers = JSON.parse(r.answers) as Record<string, Verdict>;
    return {
      personName: people.get(r.personId) ?? "?",
      sentAt: r.sentAt,
      answeredAt: r.answeredAt,
      items: (JSON.parse(r.items) as CheckInItem[]).map((i) => ({ title: i.title, actionId: i.actionId, verdict: answers[String(i.n)] ?? null })),
    };
  });
}

function itemList(items: readonly CheckInItem[], t: Translate, lang: string, deadlines?: Map<string, Date | null>, now?: Date): string {
  return items
    .map((i) => {
      const deadline = deadlines?.get(i.actionId);
      return t("checkin.item", { n: i.n, title: i.title, deadline: deadline ? ` (${formatDay(deadline, now, lang)})` : "" });
    })
    .join("\n");
}
