import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { fold } from "../parse/text.ts";
import type { WijkRow } from "../db/rows.ts";

/** A wijk by name, forgiving case and accents ("lewenborg xl"). */
export async function findWijkByName(tx: Tx, name: string): Promise<WijkRow> {
  const wijken = await tx.wijk.findMany();
  const match = wijken.find((w) => fold(w.name) === fold(name)) ?? wijken.filter((w) => fold(w.name).startsWith(fold(name)));
  const found = Array.isArray(match) ? (match.length === 1 ? match[0] : undefined) : match;
  if (!found) {
    const existing = wijken.map((w) => w.name).join(", ") || localText("cli.noWijkenYet");
    throw new AppError("NOT_FOUND", localText("cli.wijkNotFound", { name, wijken: existing }));
  }
  return found;
}
