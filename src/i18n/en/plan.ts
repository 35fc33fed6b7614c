import type { CatalogueText } from "../plural.ts";
import type { nlPlan } from "../nl/plan.ts";

/** English texts of /jaarplan: the plan year, carrying actions over, the year's summary (keys as in nl/plan.ts). */
export const enPlan: Record<keyof typeof nlPlan, CatalogueText> = {
  "plan.what": "set the year plan",
  "plan.none": "{wijk} has no plan year yet. Set it: /yearplan {year}",
  "plan.current": "📅 Plan year of {wijk}: {year}. {open} open, {done} done, {stopped} stopped.\nSummary: /yearplan summary — carry open actions into next year: /yearplan {next} carry",
  "plan.set": "📅 The plan year of {wijk} is now {year}. New actions belong to {year}.",
  "plan.unchanged": "The plan year already was {year}; nothing was changed.",
  "plan.carried": "📅 Plan year {year}: {count} open actions carried over from {from}.",
  "plan.carriedNothing": "📅 Plan year {year}. There were no open actions from {from} to carry over.",
  "plan.yearShape": "give a year, for example: /yearplan 2026, /yearplan 2027 carry or /yearplan summary",
  "plan.yearRange": "choose a year between 2000 and 2100",
  "plan.summaryTitle": "*Year summary {year} — {wijk}*",
  "plan.summaryPillar": "*{pillar}*: {done} done, {running} running, {stopped} stopped{reach}",
  "plan.summaryReach": " — reach {reached} of {intended} intended",
  "plan.summaryNoPillar": "No pillar",
  "plan.summaryEmpty": "There are no actions in {year}.",
  "plan.summaryCheckIns": "Mid-year check: {answered} of {sent} owners answered.",
  "plan.checkSent": "🧭 Mid-year check sent to {count} owners.",
  "plan.checkNone": "There is nobody left to send the mid-year check to (everyone with open actions already got it).",
};
