/**
 * Message keys renamed after translators may have made their JSON catalogues (issue 15: English
 * prefixes, plural texts). A file with the old names keeps working; `wijkbot taal controleer`
 * lists the old names as unknown, so the translator renames them.
 */
const RENAMED_PREFIXES: Readonly<Record<string, string>> = { "pijler.": "pillar.", "rol.": "role.", "ik.": "me.", "taal.": "language." };

/** Plural texts that were two keys: the new key → the old key for one and the old key for the rest. */
const FOLDED_PLURALS: Readonly<Record<string, readonly [one: string, other: string]>> = {
  "botStatus.dead": ["botStatus.deadOne", "botStatus.deadMany"],
  "botStatus.gaveUp": ["botStatus.gaveUpOne", "botStatus.gaveUpMany"],
  "deadline.overdue": ["deadline.overdueOne", "deadline.overdueMany"],
  "meeting.carried": ["meeting.carriedOne", "meeting.carriedMany"],
  "meeting.closedCarried": ["meeting.closedCarriedOne", "meeting.closedCarriedMany"],
  "meeting.listLine": ["meeting.listLineOne", "meeting.listLineMany"],
  "meeting.noItem": ["meeting.noItemOne", "meeting.noItemMany"],
  "meetingMorning.items": ["meetingMorning.itemsOne", "meetingMorning.itemsMany"],
  "monthly.done": ["monthly.doneOne", "monthly.doneMany"],
  "report.summary.decisions": ["report.summary.decisionsOne", "report.summary.decisions"],
  "report.summary.overdue": ["report.summary.overdueOne", "report.summary.overdue"],
  "web.board.count": ["web.board.countOne", "web.board.count"],
  "web.people.count": ["web.people.countOne", "web.people.count"],
  "web.actionCount": ["web.actionCount.one", "web.actionCount.other"],
  "cli.import.done": ["cli.import.done.one", "cli.import.done.other"],
  "cli.import.good": ["cli.import.good.one", "cli.import.good.other"],
  "cli.wijk.new.goals": ["cli.wijk.new.goals.one", "cli.wijk.new.goals.other"],
};

/** Placeholders that a folded plural text calls differently now. */
const RENAMED_PLACEHOLDERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "deadline.overdue": { days: "count" },
  "report.summary.decisions": { count: "number" },
  "report.summary.overdue": { count: "number" },
};

/** A JSON catalogue's texts under today's keys: old prefixes renamed, old plural pairs folded into one plural text. */
export function withCurrentKeys(texts: Record<string, unknown>): Record<string, unknown> {
  const current: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(texts)) {
    const prefix = Object.keys(RENAMED_PREFIXES).find((old) => key.startsWith(old));
    const renamed = prefix ? `${RENAMED_PREFIXES[prefix]}${key.slice(prefix.length)}` : key;
    if (!Object.hasOwn(current, renamed) || renamed === key) current[renamed] = value;
  }
  for (const [key, [oneKey, otherKey]] of Object.entries(FOLDED_PLURALS)) {
    const one = texts[oneKey];
    const other = texts[otherKey];
    if (typeof one !== "string" || typeof other !== "string" || typeof current[key] === "object") continue;
    const rename = (text: string) => Object.entries(RENAMED_PLACEHOLDERS[key] ?? {}).reduce((t, [from, to]) => t.replaceAll(`{${from}}`, `{${to}}`), text);
    current[key] = { one: rename(one), other: rename(other) };
    if (oneKey !== key) delete current[oneKey];
    if (otherKey !== key) delete current[otherKey];
  }
  return current;
}
