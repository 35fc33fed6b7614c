import type { CatalogueText } from "../plural.ts";
import type { nlDeadline } from "../nl/deadline.ts";

/** English texts of /actie deadline and the deadline reminders (keys as in nl/deadline.ts). */
export const enDeadline: Record<keyof typeof nlDeadline, CatalogueText> = {
  "deadline.name": "name the action, then the date",
  "deadline.date": "I don't see a date I understand (for example friday, 15 march, 15-3 or over 2 weken)",
  "deadline.unchanged": "The deadline of {label} already was {date}.",
  "deadline.set": "📅 The deadline of {label} is now {date}. Owner: {owners}.",
  "deadline.inDays": "⏰ The deadline of {label} is in {days} days ({day}).",
  "deadline.tomorrow": "⏰ The deadline of {label} is tomorrow ({day}).",
  "deadline.today": "📅 The deadline of {label} is today.",
  "deadline.overdue": { one: "⚠️ {label} is past its deadline: that was {day} (1 day ago).", other: "⚠️ {label} is past its deadline: that was {day} ({count} days ago)." },
  "deadline.hints": "Done? /action done {name}\nNew date? /action deadline {name} <date>\nRemind me later? /snooze {name} <when>",
  "deadline.answers": "Or answer 1 (done), 2 (in progress), 3 (remind me next week) or 4 (new date).",
  "deadline.answerDone": "✅ Done",
  "deadline.answerBusy": "🔧 In progress",
  "deadline.answerNextWeek": "⏰ Next week",
  "deadline.answerNewDate": "📅 New date",
  "deadline.pressedDone": "✅ Marked done by {name}",
  "deadline.pressedBusy": "🔧 Marked in progress by {name}",
  "deadline.pressedNextWeek": "⏰ Remind again next week — chosen by {name}",
  "deadline.pressedNewDate": "📅 {name} is choosing a new date",
  "deadline.shiftPast": "📅 {said} than the deadline of {label} ({old}) is {date}, a day that has passed. Do you mean {instead} (counted from today)?",
  "deadline.askDate": "📅 Which new date for {label}? Type the date (for example Friday, 15 March or in 2 weeks).",
};
