import type { Tx } from "../db.ts";
import type { OutgoingMessage } from "../core/types.ts";
import { resolvePersonTargetOn } from "../core/addressing.ts";
import { addressedMessage } from "../core/addressing.ts";
import { translator, type Translate } from "../i18n/index.ts";

/**
 * One message to each coördinator of the given wijken (all wijken when none are named), in
 * their own language, on a platform that works (any, when `platforms` is not given): their usual chat with the bot, else their
 * direct chat or a group (with a mention) on a working platform. Coördinators reachable on
 * no working platform are skipped; the caller logs the count.
 */
export async function messagesToCoordinators(
  tx: Tx,
  input: { wijkIds?: readonly string[]; platforms?: readonly string[]; text: (t: Translate, wijkName: string) => string },
): Promise<OutgoingMessage[]> {
  // Without a list of working platforms, the coördinator's usual chat wherever it is.
  const usable = (platform: string) => !input.platforms || input.platforms.includes(platform);
  const wijken = await tx.wijk.findMany({ where: input.wijkIds ? { id: { in: [...input.wijkIds] } } : {}, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
  const out: OutgoingMessage[] = [];
  const seen = new Set<string>();
  for (const wijk of wijken) {
    const coordinators = await tx.person.findMany({
      where: { wijkId: wijk.id, role: "coordinator", leftAt: null },
      include: { identities: true },
      orderBy: { createdAt: "asc" },
    });
    for (const person of coordinators) {
      const target = await resolvePersonTargetOn(tx, person, usable);
      if (!target) continue;
      const key = `${target.platform}\u0000${target.chatId}\u0000${person.id}\u0000${wijk.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = input.text(translator(person.language), wijk.name);
      out.push(addressedMessage({ ...target, displayName: person.displayName }, text));
    }
  }
  return out;
}
