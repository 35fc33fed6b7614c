import type { Tx } from "../db.ts";
import { AppError } from "./errors.ts";
import { fold } from "../parse/text.ts";
import type { WijkRow } from "./rows.ts";

/** A wijk by name, forgiving case and accents ("lewenborg xl"). */
export async function findWijkByName(tx: Tx, name: string): Promise<WijkRow> {
  const wijken = await tx.wijk.findMany();
  const match = wijken.find((w) => fold(w.name) === fold(name)) ?? wijken.filter((w) => fold(w.name).startsWith(fold(name)));
  const found = Array.isArray(match) ? (match.length === 1 ? match[0] : undefined) : match;
  if (!found) {
    throw new AppError("NOT_FOUND", `Wijk "${name}" bestaat niet. Bestaande wijken: ${wijken.map((w) => w.name).join(", ") || "(nog geen)"}.`);
  }
  return found;
}
