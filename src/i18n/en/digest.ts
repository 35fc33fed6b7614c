import type { CatalogueText } from "../plural.ts";
import type { nlDigest } from "../nl/digest.ts";

/** English texts of the weekly digest and how often a person gets it (keys as in nl/digest.ts). */
export const enDigest: Record<keyof typeof nlDigest, CatalogueText> = {
  "digest.choice": "choose on or off, or type just /weekly",
  "digest.when": "every {day} at {time}",
  "digest.on": "📬 From now on you get the weekly overview {when}. Stop: /weekly off",
  "digest.coordinatorAlways": "As coordinator you always get the weekly overview; it's your steering information.",
  "digest.off": "OK, you won't get the weekly overview any more. Turn it back on: /weekly on",
  "digest.title": "📊 *Weekly overview {wijk}* ({from} to {to})",
  "digest.noPillar": "No pillar",
  "digest.noOwner": "no owner",
  "digest.done": "Done",
  "digest.started": "Started",
  "digest.updated": "Updated",
  "digest.overdue": "Past the deadline",
  "digest.dueSoon": "Deadline within {days} days",
  "digest.nothing": "Nothing to report.",
  "digest.newItems": "*New agenda items*",
  "digest.lastUpdate": "{title} (last update {date})",
  "digest.quiet": "*No update for {weeks} weeks*",
};
