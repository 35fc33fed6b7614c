import { z } from "zod";

/** The words of the domain, in one place. Stored values are the Dutch words. */
export const ACTION_STATUSES = ["gepland", "bezig", "klaar", "gestopt", "geparkeerd"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const actionStatusSchema = z.enum(ACTION_STATUSES);
/** Statuses that still need work (reminders, "open" lists). */
export const OPEN_STATUSES: readonly ActionStatus[] = ["gepland", "bezig"];

export const AGE_GROUPS = ["0-4", "4-12", "12+", "algemeen"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const ageGroupSchema = z.enum(AGE_GROUPS);
/**
 * Age groups as the projectenboek (CSV, XLSX) writes them: with "jaar" and an en dash, so no
 * spreadsheet turns "4-12" into a date or "12+" into a number. Fixed Dutch, whatever the
 * catalogues say: the jaarplan import reads these back.
 */
export const AGE_GROUP_CELLS: Record<AgeGroup, string> = { "0-4": "0–4 jaar", "4-12": "4–12 jaar", "12+": "12+ jaar", algemeen: "algemeen" };

export const ROLES = ["kartrekker", "aanjager", "coordinator", "stuurgroep", "voorzitter"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const ROLE_LABELS: Record<Role, string> = {
  kartrekker: "kartrekker",
  aanjager: "aanjager",
  coordinator: "coördinator",
  stuurgroep: "stuurgroeplid",
  voorzitter: "voorzitter stuurgroep",
};

export const CHAT_KINDS = ["kartrekkers", "stuurgroep", "direct"] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

export const STATUS_EMOJI: Record<ActionStatus, string> = {
  gepland: "📋",
  bezig: "🔧",
  klaar: "✅",
  gestopt: "⛔",
  geparkeerd: "🅿️",
};

export const TIME_ZONE = "Europe/Amsterdam";
