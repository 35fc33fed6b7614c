import type { Tx } from "../db.ts";
import { localParts } from "../time/amsterdam.ts";

export const REPORT_YEAR_MIN = 2000;
export const REPORT_YEAR_MAX = 2100;

/** A year as typed ("2026"), or undefined when it is not a plausible plan year. */
export function parseReportYear(text: string | number | undefined | null): number | undefined {
  const year = typeof text === "number" ? text : text && /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(year) && year >= REPORT_YEAR_MIN && year <= REPORT_YEAR_MAX ? year : undefined;
}

/** The year a report or progress page is about: the one asked for, else the wijk's plan year, else the current year (Europe/Amsterdam). */
export async function chooseReportYear(tx: Tx, input: { wijkId: string; asked?: string | number | null; now: Date }): Promise<number> {
  const asked = parseReportYear(input.asked);
  if (asked) return asked;
  const wijk = await tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId }, select: { planYear: true } });
  return wijk.planYear ?? localParts(input.now).year;
}
