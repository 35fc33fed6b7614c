import type { Tx } from "../db.ts";
import type { WijkRow } from "./rows.ts";

/**
 * The settings this part of wijkbot keeps in Wijk.settings (a JSON object shared with
 * other features: unknown keys are kept as they are).
 */
export interface WijkSettings {
  /** The template the wijk was made from. */
  template?: string;
  /** What the wijk calls its top level: "pijler", "opgave" or "spoor". */
  pillarWord?: string;
  /** Day of the mid-year check as "MM-DD" (default 1 June). */
  checkInDate?: string;
  [key: string]: unknown;
}

/** The mid-year check goes out on 1 June unless the wijk chose another day. */
export const DEFAULT_CHECK_IN_DATE = "06-01";

export function readWijkSettings(wijk: Pick<WijkRow, "settings">): WijkSettings {
  try {
    const parsed = JSON.parse(wijk.settings || "{}") as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as WijkSettings) : {};
  } catch {
    return {};
  }
}

export async function writeWijkSettings(tx: Tx, wijkId: string, settings: WijkSettings): Promise<WijkRow> {
  return tx.wijk.update({ where: { id: wijkId }, data: { settings: JSON.stringify(settings) } });
}

/** The check-in day of a given year as { month, day }; a malformed setting falls back to 1 June. */
export function checkInDay(settings: WijkSettings): { month: number; day: number } {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(settings.checkInDate ?? "");
  const month = match ? Number(match[1]) : 6;
  const day = match ? Number(match[2]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return { month: 6, day: 1 };
  return { month, day };
}
