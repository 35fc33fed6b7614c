import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie deadline and the deadline reminders. */
export const nlDeadline = {
  "deadline.name": "noem de actie en daarna de datum",
  "deadline.date": "ik zie geen datum die ik begrijp (bijvoorbeeld vrijdag, 15 maart, 15-3 of over 2 weken)",
  "deadline.unchanged": "De deadline van {label} was al {date}.",
  "deadline.set": "📅 Deadline van {label} is nu {date}. Eigenaar: {owners}.",
  "deadline.inDays": "⏰ Over {days} dagen ({day}) is de deadline van {label}.",
  "deadline.tomorrow": "⏰ Morgen ({day}) is de deadline van {label}.",
  "deadline.today": "📅 Vandaag is de deadline van {label}.",
  "deadline.overdue": { one: "⚠️ {label} is over de deadline: die was {day} (1 dag geleden).", other: "⚠️ {label} is over de deadline: die was {day} ({count} dagen geleden)." },
  "deadline.hints": "Klaar? /actie klaar {name}\nNieuwe datum? /actie deadline {name} <datum>\nLater herinneren? /snooze {name} <wanneer>",
  "deadline.answers": "Of antwoord 1 (klaar), 2 (bezig), 3 (volgende week herinneren) of 4 (nieuwe datum).",
  "deadline.answerDone": "✅ Klaar",
  "deadline.answerBusy": "🔧 Bezig",
  "deadline.answerNextWeek": "⏰ Volgende week",
  "deadline.answerNewDate": "📅 Nieuwe datum",
  "deadline.pressedDone": "✅ Klaar gezet door {name}",
  "deadline.pressedBusy": "🔧 Op bezig gezet door {name}",
  "deadline.pressedNextWeek": "⏰ Volgende week weer herinneren — gekozen door {name}",
  "deadline.pressedNewDate": "📅 {name} kiest een nieuwe datum",
  "deadline.shiftPast": "📅 {said} dan de deadline van {label} ({old}) is {date}: die dag is al voorbij. Bedoel je {instead} (gerekend vanaf vandaag)?",
  "deadline.askDate": "📅 Welke nieuwe datum voor {label}? Typ de datum (bijvoorbeeld vrijdag, 15 maart of over 2 weken).",
} as const satisfies Record<string, CatalogueText>;
