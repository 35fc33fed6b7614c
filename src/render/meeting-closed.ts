import type { Translate } from "../i18n/index.ts";
import { formatDay } from "./format.ts";
import type { MeetingClosedReport } from "../services/close-meeting.ts";

/**
 * The kartrekkers group's message after a meeting: its decisions, numbered, each with the
 * agenda item it was taken at ("geen besluiten" when there were none), then the items not
 * dealt with and the meeting they moved to.
 */
export function renderMeetingClosed(report: MeetingClosedReport, t: Translate, lang: string, now: Date): string {
  const parts = [t("meetingClosed.title", { day: formatDay(report.meetingStartsAt, now, lang) })];
  parts.push(
    report.decisions.length
      ? t("meetingClosed.decisions", {
          lines: report.decisions.map((d, i) => `${i + 1}. ${d.text}${d.itemText !== null ? t("meetingClosed.atItem", { text: d.itemText }) : ""}`).join("\n"),
        })
      : t("meetingClosed.noDecisions"),
  );
  if (report.carried.length) {
    const lines = report.carried.map((text) => `- ${text}`).join("\n");
    parts.push(
      report.nextMeetingStartsAt
        ? t("meetingClosed.carriedTo", { day: formatDay(report.nextMeetingStartsAt, now, lang), lines })
        : t("meetingClosed.carriedNext", { lines }),
    );
  }
  return parts.join("\n\n");
}

/** One decision recorded after its meeting was closed, for the kartrekkers group. */
export function renderLateDecision(meetingStartsAt: Date, text: string, t: Translate, lang: string, now: Date): string {
  return t("meetingClosed.lateDecision", { day: formatDay(meetingStartsAt, now, lang), text });
}
