import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /agendapunt: items on a meeting's agenda. */
export const nlItem = {
  "item.textShape": "wat moet er op de agenda? Noem het onderwerp in een paar woorden",
  "item.textLong": "houd het agendapunt kort (maximaal 300 tekens)",
  "item.actionMissing": "noem na 'actie' de naam van de actie",
  "item.onMeeting": "de agenda van {when} als punt {number}",
  "item.onNext": "de agenda van de volgende vergadering (die is nog niet gepland)",
  "item.added": "📌 \"{text}\" ({kind}{action}) staat op {where}. De coördinator bepaalt de volgorde.",
  "item.action": ", actie {title}",
} as const satisfies Record<string, CatalogueText>;
