import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /maandbericht: a monthly text for the wijkkrant. */
export const nlMonthly = {
  "monthly.month": "noem een maand, bijvoorbeeld: /maandbericht oktober",

  // /maandbericht (src/render/monthly-update.ts): a text for the wijkkrant
  "monthly.title": "*Nieuws van het wijkplan {wijk} — {month}*",
  "monthly.done": { one: "In {month} is één actie afgerond: {titles}.", other: "In {month} zijn {count} acties afgerond: {titles}." },
  "monthly.started": "We zijn begonnen met {titles}.",
  "monthly.notes": "Zo staat het ervoor:\n{lines}",
  "monthly.decisions": "De stuurgroep besloot:\n{lines}",
  "monthly.quiet": "In {month} is er niets afgerond of gestart en zijn er geen updates gedeeld.",
  "monthly.contact": "Meedoen of meer weten? Neem contact op met de wijkcoördinator.",
} as const satisfies Record<string, CatalogueText>;
