import type { CatalogueText } from "../plural.ts";
import type { nlMeeting } from "../nl/meeting.ts";

/** English texts of /vergadering: planning the stuurgroep meeting (keys as in nl/meeting.ts). */
export const enMeeting: Record<keyof typeof nlMeeting, CatalogueText> = {
  "meeting.none": "No meeting has been planned yet. The coordinator or chair plans one with /meeting new <date time> [place].",
  "meeting.noItem": { one: "Agenda item {number} doesn't exist; the agenda has {count} item. Type /agenda to see it.", other: "Agenda item {number} doesn't exist; the agenda has {count} items. Type /agenda to see them." },
  "meeting.past": "That date is in the past. Give a moment in the future, for example: /meeting new 12 maart 19:30 wijkcentrum",
  "meeting.clash": "There already is a meeting at that moment. Type /meetings for the list.",
  "meeting.noneForDecision": "No meeting is running or just over. Decisions are recorded during or after a steering group meeting.",
  "meeting.orderRange": "Agenda item {n} doesn't exist; choose from 1 to {max}.",
  "meeting.orderTwice": "Number {n} appears twice. Give each number once, for example: /agenda volgorde 3 1 2",
  "meeting.noneToClose": "No meeting is running that could be closed. Type /meetings for the schedule.",
  "meeting.whatTime": "What time does the meeting start? For example: /meeting new {example}",
  "meeting.dateShape": "start with the date and time, for example 12 maart 19:30",
  "meeting.placeLong": "that place is too long",
  "meeting.planWhat": "plan a meeting",
  "meeting.closeWhat": "close a meeting",
  "meeting.planned": "🗓️ Steering group planned: {when}.",
  "meeting.carried": { one: "1 agenda item is already waiting.", other: "{count} agenda items are already waiting." },
  "meeting.callPlan": "on {day} I'll ask the action leads for agenda items",
  "meeting.agendaPlan": "on {day} I'll send the agenda round",
  "meeting.propose": "Propose an agenda item: /agenda add <text>",
  "meeting.closed": "✅ Meeting closed.",
  "meeting.closedCarried": { one: " 1 item moves on to next time.", other: " {count} items move on to next time." },
  "meeting.closedDecisions": " The decisions are now in the action leads' group.",
  "meeting.listNone": "No meetings are planned. Plan one: /meeting new <date time> [place]",
  "meeting.listTitle": "*Steering group meetings*",
  "meeting.listLine": { one: "- {when} — 1 agenda item{running}", other: "- {when} — {count} agenda items{running}" },
  "meeting.running": " (in progress)",
  "meeting.listNext": "Agenda of the next one: /agenda",
};
