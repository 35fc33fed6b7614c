import type { Tx } from "../db.ts";
import { localText } from "../i18n/index.ts";
import { fold, words } from "../parse/text.ts";
import { cleanDisplayName } from "../parse/clean-text.ts";
import { ERASED_NAME } from "./erase-person.ts";
import { AppError } from "../core/errors.ts";

/**
 * Names no person can have: the bot's own (the default bot name and what people call it),
 * what erased people are shown as, and role words that would read as an authority.
 * Compared folded (case and accents ignored).
 */
export const RESERVED_DISPLAY_NAMES = ["wijkbot", "bot", ERASED_NAME, "coördinator", "coordinator", "wijkcoördinator", "beheerder", "admin", "iedereen"] as const;
const RESERVED = new Set(RESERVED_DISPLAY_NAMES.map(fold));

/** Shortest name after cleaning. */
const DISPLAY_NAME_MIN_CHARS = 2;

export function isReservedDisplayName(name: string): boolean {
  return RESERVED.has(fold(name));
}

/**
 * The name someone picks for themselves (/ik) or an administrator gives them: cleaned
 * (cleanDisplayName), not reserved, and not what another person of the wijk is called —
 * their full name, or their first name when the new name is one word, so "@Marieke" keeps
 * meaning the same person. Throws a friendly AppError otherwise; returns the cleaned name.
 */
export async function chooseDisplayName(tx: Tx, input: { wijkId: string; personId?: string; name: string }): Promise<string> {
  const name = cleanDisplayName(input.name);
  if (Array.from(name).length < DISPLAY_NAME_MIN_CHARS) throw new AppError("INVALID", localText("me.nameTooShort"));
  if (isReservedDisplayName(name)) throw new AppError("INVALID", localText("me.nameReserved", { name }));
  const holder = await nameHolder(tx, input.wijkId, name, input.personId);
  if (holder) throw new AppError("CONFLICT", localText("me.nameTaken", { name }));
  return name;
}

/**
 * The name for someone new, taken from what the platform shows: cleaned; a reserved or
 * empty one becomes "Onbekend"; one already used in the wijk gets a number ("Marieke (2)")
 * until the person picks their own with /ik.
 */
export async function freeDisplayName(tx: Tx, input: { wijkId: string; name: string }): Promise<string> {
  const cleaned = cleanDisplayName(input.name);
  const base = Array.from(cleaned).length >= DISPLAY_NAME_MIN_CHARS && !isReservedDisplayName(cleaned) ? cleaned : "Onbekend";
  if (!(await nameHolder(tx, input.wijkId, base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!(await nameHolder(tx, input.wijkId, candidate))) return candidate;
  }
}

/** Another person of the wijk (who has not left) already known by this name. */
async function nameHolder(tx: Tx, wijkId: string, name: string, exceptPersonId?: string): Promise<{ id: string } | null> {
  const wanted = fold(name);
  const oneWord = !wanted.includes(" ");
  const people = await tx.person.findMany({ where: { wijkId, leftAt: null, ...(exceptPersonId ? { NOT: { id: exceptPersonId } } : {}) }, select: { id: true, displayName: true } });
  return people.find((p) => fold(p.displayName) === wanted || (oneWord && words(p.displayName)[0] === wanted)) ?? null;
}
