import { localParts } from "../time/amsterdam.ts";
import type { Translate } from "../i18n/index.ts";
import { formatDay } from "../render/format.ts";
import type { WijkRow } from "../db/rows.ts";

/**
 * The Check of Plan-Do-Check-Act (seed 000: "een jaarplan met een tussentijdse
 * evaluatie"): once a year every owner gets one numbered list of their open actions and
 * answers per action; the coördinator gets each owner's summary; the rows stay for the
 * web overview. What the mid-year check's use cases share.
 */
export const VERDICTS = ["op-koers", "loopt-achter", "stoppen"] as const;
export type Verdict = (typeof VERDICTS)[number];
/** CheckIn.round of the mid-year check (a check-in round names its meeting or month). */
export const MID_YEAR = "";

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

/** The plan year a check belongs to: the wijk's, or the calendar year when none is set. */
export function checkInYear(wijk: WijkRow, now: Date): number {
  return wijk.planYear ?? localParts(now).year;
}

/** The numbered list of a check, with deadlines when given. */
export function formatCheckInItems(items: readonly CheckInItem[], t: Translate, lang: string, deadlines?: Map<string, Date | null>, now?: Date): string {
  return items
    .map((i) => {
      const deadline = deadlines?.get(i.actionId);
      return t("checkin.item", { n: i.n, title: i.title, deadline: deadline ? ` (${formatDay(deadline, now, lang)})` : "" });
    })
    .join("\n");
}
