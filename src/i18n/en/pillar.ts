import type { CatalogueText } from "../plural.ts";
import type { nlPillar } from "../nl/pillar.ts";

/** English texts of pillars: /pijler nieuw|hernoem, /actie pijler and the command line (keys as in nl/pillar.ts). */
export const enPillar: Record<keyof typeof nlPillar, CatalogueText> = {
  "pillar.added": "🏛️ Pillar *{name}* was added to {wijk}.",
  "pillar.exists": "Pillar *{name}* already exists; nothing was changed.",
  "pillar.renamed": "✏️ Pillar *{from}* is now called *{to}*.",
  "pillar.alreadyNamed": "Pillar *{name}* already has that name; nothing was changed.",
  "pillar.notFound": "I can't find a pillar \"{name}\". Pillars: {pillars}.",
  "pillar.nameTaken": "There already is a pillar *{name}*. Choose another name.",
  "pillar.nameMissing": "give the pillar's name",
  "pillar.nameTooLong": "a pillar name has at most 60 characters",
  "pillar.renameShape": "write: /pillar rename <old name> to <new name>",
  "pillar.what": "manage pillars",
  "pillar.name": "name the action, then the pillar",
  "pillar.pillar": "put the pillar at the end",
  "pillar.unchanged": "{title} already was under {pillar}.",
  "pillar.set": "📌 {title} is now under pillar {pillar}.",
  "pillar.unknown": "I don't know a pillar \"{name}\". The pillars are: {pillars}.",
  "pillar.noneYet": "(none yet)",
};
