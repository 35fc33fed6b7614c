import { MONTH_NAMES_NL, findDatePhrase, type DatePhrase } from "../parse/dates.ts";
import type { SchoolRegion } from "../parse/school-holidays.ts";
import { addDays, localParts } from "../time/amsterdam.ts";
import { fold } from "../parse/text.ts";
import { dutchNumber } from "./helpers.ts";

export type DateInText = DatePhrase;

/** The longest date or time phrase anywhere in a sentence ("herinner me maandag aan de subsidieaanvraag" → "maandag"). */
export function findDateIn(text: string, now: Date, region?: SchoolRegion): DateInText | undefined {
  // ("leesclub groep 5/6", "groep 7-8": school groups, never a date; masked with as many characters, so offsets hold.)
  // ("het is voor 4-12", "doelgroep 0-4": an age group, never a date.)
  const masked = text
    .replace(/\b(?:groep|groepen|gr\.?)\s+\d{1,2}\s*[/-]\s*\d{1,2}\b(?!\s*[/-]\s*\d)/gi, (m) => m.replace(/\d/g, "x"))
    .replace(/\b(?:doelgroep|leeftijd|(?:is|zijn|wordt|worden)\s+(?:\p{L}+\s+)?(?:voor|op)|bedoeld\s+voor|gericht\s+op)\s+(?:(?:kinderen|kids|jongeren)\s+(?:van\s+)?)?(?:0\s*-\s*4|4\s*-\s*12)(?![\d/-])/giu, (m) => m.replace(/\d/g, "x"));
  return findDatePhrase(masked, now, region ? { region } : undefined);
}

/** "om 3 uur" of the afternoon or evening: 15:00 ("om 3:30" → "om 15:30", "half 8" → "19:30"). */
/** Whether a time said in words or digits is an hour a working day would read as the afternoon ("half 7", "6 uur", "kwart over 5"). */
function smallHour(time: string): boolean {
  const m = time.match(/(half|kwart voor)?\s*(\d{1,2})\b/i);
  if (!m) return false;
  const hour = Number(m[2]) - (m[1] ? 1 : 0);
  return hour >= 0 && hour <= 7;
}

function afternoon(time: string, part: string): string {
  if (!/^(middag|avond|middags|avonds)$/i.test(part)) return time;
  const half = time.match(/^(\s*(?:om\s+)?)half\s+(\d{1,2})\b/i);
  if (half) {
    const hour = Number(half[2]) - 1;
    return `${half[1]}${hour < 12 ? hour + 12 : hour}:30`;
  }
  return time.replace(/\b(\d{1,2})(?=(?:[:.]\d{2})?(?:\s*(?:uur|u))?\s*$)/, (h) => (Number(h) >= 1 && Number(h) <= 11 ? String(Number(h) + 12) : h));
}

/** "donderdagmiddag 15:00" → "donderdag 15:00", "vrijdagochtend" → "vrijdag 9:00", "om 9u" → "om 9:00": moments as the date reader knows them. */
export function spellMoments(text: string): string {
  const parts: Record<string, string> = { ochtend: "9:00", morgen: "9:00", middag: "13:00", avond: "19:00" };
  return text
    // ("om kwart voor drie", "half acht", "morgen half tien bewonerscommissie bellen" dictated: the hour in words, as digits —
    // after "half" or "kwart" always, after "om" when nothing but a time can follow.)
    .replace(/\b(half|kwart over|kwart voor)\s+(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b/gi, (_all, how: string, hour: string) => `${how} ${dutchNumber(fold(hour))}`)
    .replace(/\b(om|tegen|rond)\s+(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b(?=\s*(?:uur\b|u\b|[,.!?]|$|\s(?:aan|'s|s|vanavond|vanmiddag|vanochtend|op|in|bij|naar|met|en|voor)\b))/gi, (_all, at: string, hour: string) => `${at} ${dutchNumber(fold(hour))}`)
    // ("elke donderdag om kwart voor 3": a quarter before or past the hour, as the clock — a small hour in the afternoon, as "3 uur".)
    .replace(/\b(?:om\s+)?(kwart voor|kwart over)\s+(\d{1,2})\b(?![:.]?\d)(?!\s*(?:'s|s|des)\s)(?!\s*(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(?:ochtend|middag|avond))/gi, (all, how: string, hour: string) => {
      const said = Number(hour);
      if (said < 1 || said > 12 || /\b(?:vanavond|vanmiddag|ochtend|morgens|middags|avonds)\b/i.test(text)) return all;
      const h = /voor/i.test(how) ? (said === 1 ? 12 : said - 1) : said;
      return `${h >= 1 && h <= 5 ? h + 12 : h}:${/voor/i.test(how) ? "45" : "15"}`;
    })
    // ("at quarter past 4", "half past 8", "quarter to 9": the clock in English words, as digits.)
    .replace(/\b(?:at\s+)?(quarter past|half past|quarter to)\s+(\d{1,2})\b(?!\s*[:.]\d)/gi, (_all, how: string, hour: string) => {
      const h = Number(hour);
      const said = how.toLowerCase();
      return said === "quarter to" ? `${h === 1 ? 12 : h - 1}:45` : `${h}:${said === "quarter past" ? "15" : "30"}`;
    })
    // ("kwart voor 8 morgenochtend", "half 9 vrijdagochtend": the time said before the day and its part of the day.)
    .replace(/\b((?:om\s+)?(?:kwart (?:over|voor) |half )?\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uur|u))?)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(ochtend|middag|avond)\b/gi, (_all, time: string, day: string, part: string) => `${day} ${afternoon(time, part).trim()}`)
    // ("morgenvroeg om half 7", "morgen vroeg": tomorrow morning.)
    .replace(/\bmorgen\s?vroeg\b/gi, "morgenochtend")
    // ("vanavond om half 9", "vanmiddag om kwart over 4": today, in the afternoon or evening.)
    .replace(/\b(vanavond|vanmiddag)\s+(?:om\s+)?(half|kwart over|kwart voor)\s+(\d{1,2})\b(?![\d:.])/gi, (_all, _part: string, how: string, said: string) => {
      const h = Number(said) + (/^kwart over$/i.test(how) ? 0 : -1);
      return `vandaag ${h < 12 ? h + 12 : h}:${/^half$/i.test(how) ? "30" : /^kwart over$/i.test(how) ? "15" : "45"}`;
    })
    // ("over een uurtje", "over een half uur": counted from now.)
    .replace(/\bover (?:een|1) (?:uurtje|uur)\b/gi, "over 1 uur")
    .replace(/\bover (?:een )?half (?:uurtje|uur)\b/gi, "over 30 minuten")
    // ("om 7 uur vanavond", "vanavond om 8", "vanmiddag om 3": today, after noon.)
    .replace(/\b(?:om\s+)?(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:uur|u))?\s+(vanavond|vanmiddag)\b|\b(vanavond|vanmiddag)\s+om\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:uur|u))?(?![\d:.])/gi, (_all, h1?: string, m1?: string, _p1?: string, _p2?: string, h2?: string, m2?: string) => {
      const hour = Number(h1 ?? h2);
      return `vandaag ${hour < 12 ? hour + 12 : hour}:${m1 ?? m2 ?? "00"}`;
    })
    // ("elke vrijdagmiddag om 3": the hour without "uur", after noon.)
    .replace(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(middag|avond)\s+om\s+(\d{1,2})(?![\d:.]|\s*(?:uur|u)\b)/gi, (_all, day: string, _part: string, hour: string) => `${day} ${Number(hour) < 12 ? Number(hour) + 12 : Number(hour)}:00`)
    .replace(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(ochtend|middag|avond)\b(\s+(?:om\s+\d{1,2}\b(?![:.]?\d)(?:\s*(?:uur|u)\b)?|(?:om\s+)?(?:(?:half|kwart over|kwart voor)\s+\d{1,2}\b|\d{1,2}([:.]\d{2}|\s*(?:uur|u)\b))))?/gi, (_all, day: string, part: string, time?: string) =>
      // ("morgenochtend om half 7": in the morning, said so — not the half 7 of a working day's afternoon.)
      // (Only a small hour needs it: "om 8 uur" in the morning is 8:00 anyway.)
      time ? (/^ochtend$/i.test(part) && smallHour(time) ? `${day}${time} 's ochtends` : `${day}${afternoon(time, part)}`) : `${day} ${parts[part.toLowerCase()]}`,
    )
    // ("donderdag na de lunch", "after lunch": early in the afternoon.)
    .replace(/\b(?:na de lunch|na het middageten|na de middagpauze|after lunch)\b/gi, (all) => (/\b\d{1,2}[:.]\d{2}\b|\bom\s+\d/.test(text) ? all : "13:00"))
    // "om 3 uur 's middags", "half 8 's avonds": the hour after noon.
    .replace(/\b((?:om\s+)?(?:half\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uur|u))?)\s+(?:'s|s|des)\s+(middags|avonds)\b/gi, (_all, time: string, part: string) => afternoon(time, part))
    // ("om 10.00 uur": the minutes are already there.)
    .replace(/\b(\d{1,2})[:.](\d{2})\s*(?:uur|u)\b/gi, "$1:$2")
    .replace(/(?<!\b(?:over|binnen|in|na|after)\s+)(?<![.:]|[.:]\d|[.:]\d\d)\b(\d{1,2})\s*(?:uur|u)\b(?!\s*\d)/gi, "$1:00");
}

const DAYS_BEFORE: Record<string, number> = { "twee dagen": 2, "2 dagen": 2, "drie dagen": 3, "3 dagen": 3, week: 7, "een week": 7, "1 week": 7, "two days": 2, "2 days": 2, "a week": 7 };

/**
 * "de dag voor de vergadering", "op de dag van de stuurgroep", "een week voor de meeting":
 * a day counted from the next meeting, spelled as a date ("21 januari 2026") in the text.
 */
export const MEETING_RELATIVE =
  /\b(?:op\s+)?(?:de\s+|the\s+)?(dag|avond|ochtend|middag|een dag|1 dag|twee dagen|2 dagen|drie dagen|3 dagen|week|een week|1 week|day|a day|one day|two days|2 days|a week|morning|evening)\s+(voor|vóór|na|van|before|after|of)\s+(?:(?:de|het|the)\s+)?(?:volgende\s+|eerstvolgende\s+|next\s+)?(vergadering|stuurgroep(?:vergadering)?|stuurgroepvergadering|bijeenkomst|overleg|meeting)\b/i;

export function spellMeetingDay(text: string, meeting: Date | undefined): string {
  const m = text.match(MEETING_RELATIVE);
  if (!m || !meeting) return text;
  const which = m[2].toLowerCase();
  const span = /^(van|of)$/.test(which) || /^(ochtend|middag|morning)$/i.test(m[1]) ? 0 : (DAYS_BEFORE[m[1].toLowerCase()] ?? 1);
  const sign = /^(na|after)$/.test(which) ? 1 : -1;
  // Whole days from the meeting's Amsterdam calendar day.
  const day = addDays(localParts(meeting), sign * span);
  const part = /^(avond|evening)$/i.test(m[1]) ? " 19:00" : /^middag$/i.test(m[1]) ? " 13:00" : "";
  return `${text.slice(0, m.index)}${day.day} ${MONTH_NAMES_NL[day.month - 1]} ${day.year}${part}${text.slice(m.index! + m[0].length)}`;
}
