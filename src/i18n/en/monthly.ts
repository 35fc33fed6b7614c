import type { CatalogueText } from "../plural.ts";
import type { nlMonthly } from "../nl/monthly.ts";

/** English texts of /maandbericht: a monthly text for the wijkkrant (keys as in nl/monthly.ts). */
export const enMonthly: Record<keyof typeof nlMonthly, CatalogueText> = {
  "monthly.month": "name a month, for example: /monthly oktober",

  "monthly.title": "*News from the neighbourhood plan {wijk} — {month}*",
  "monthly.done": { one: "In {month} one action was completed: {titles}.", other: "In {month} {count} actions were completed: {titles}." },
  "monthly.started": "We have started {titles}.",
  "monthly.notes": "Where things stand:\n{lines}",
  "monthly.decisions": "The steering group decided:\n{lines}",
  "monthly.quiet": "In {month} nothing was completed or started and no updates were shared.",
  "monthly.contact": "Want to join in or know more? Contact the neighbourhood coordinator.",
};
