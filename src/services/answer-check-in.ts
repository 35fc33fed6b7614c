import type { Tx } from "../db.ts";
import { localText, normalizeLanguage } from "../i18n/index.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { MID_YEAR, type CheckInItem, type Verdict } from "../check-in/check-in-items.ts";
import { AppError } from "../core/errors.ts";
import { parseCheckInAnswers } from "../parse/check-in-answers.ts";
import type { PersonRow } from "../db/rows.ts";

/** A finished check for one coördinator, as data (src/render/check-in.ts writes it in `lang`, theirs). */
export interface CheckInSummary {
  personId: string;
  lang: string;
  /** Who answered. */
  name: string;
  items: { title: string; verdict: Verdict }[];
}

export interface CheckInAnswerResult {
  noted: { n: number; title: string; verdict: Verdict }[];
  missing: number[];
  /** Summaries for the coördinator(s), once every action has an answer. */
  summaries: CheckInSummary[];
}

/**
 * Stores a person's answers to their open check; "stoppen" also stops the action (with
 * history, so /ongedaan can take it back). Throws AppError for answers it cannot place.
 */
export async function answerCheckIn(
  tx: Tx,
  meta: ChangeMeta,
  input: { person: PersonRow; text: string; now: Date },
): Promise<CheckInAnswerResult> {
  const checkIn = await tx.checkIn.findFirst({ where: { personId: input.person.id, answeredAt: null, round: MID_YEAR }, orderBy: { sentAt: "desc" } });
  if (!checkIn) throw new AppError("NOT_FOUND", localText("checkin.none"));
  const items = JSON.parse(checkIn.items) as CheckInItem[];
  const parsed = parseCheckInAnswers(input.text, items.length);
  if (!parsed) throw new AppError("INVALID", localText("checkin.badAnswer"));
  for (const n of parsed.keys()) {
    if (!items.some((i) => i.n === n)) throw new AppError("INVALID", localText("checkin.unknownNumber", { n, max: items.length }));
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
  const summaries: CheckInSummary[] = [];
  if (complete) {
    const coordinators = await tx.person.findMany({ where: { wijkId: checkIn.wijkId, role: "coordinator", leftAt: null } });
    const answered = items.map((i) => ({ title: i.title, verdict: answers[String(i.n)] }));
    for (const c of coordinators) summaries.push({ personId: c.id, lang: normalizeLanguage(c.language), name: input.person.displayName, items: answered });
  }
  return { noted, missing, summaries };
}
