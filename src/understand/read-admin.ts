import type { ActionSpan } from "../services/locate-action.ts";
import type { IndexedAction } from "../services/action-index.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";

/**
 * The wijk's own bookkeeping said in words: pillar, age group, rename, delete, handover,
 * roles, leaving, meetings, language, the weekly digest and holidays.
 */
export async function readAdmin(
  _text: string,
  _f: string,
  _spans: ActionSpan<IndexedAction>[],
  _w: UnderstandWorld,
  _question: boolean,
): Promise<Understanding | undefined> {
  return undefined;
}
