import type { CatalogueText } from "../plural.ts";

/** Dutch texts of pillars: /pijler nieuw|hernoem, /actie pijler and the command line. */
export const nlPillar = {
  // /pijler nieuw|hernoem and the CLI
  "pillar.added": "🏛️ Pijler *{name}* is toegevoegd aan {wijk}.",
  "pillar.exists": "Pijler *{name}* bestaat al; er is niets veranderd.",
  "pillar.renamed": "✏️ Pijler *{from}* heet nu *{to}*.",
  "pillar.alreadyNamed": "Pijler *{name}* heet al zo; er is niets veranderd.",
  "pillar.notFound": "Ik vind geen pijler \"{name}\". Pijlers: {pillars}.",
  "pillar.nameTaken": "Er is al een pijler *{name}*. Kies een andere naam.",
  "pillar.nameMissing": "noem de naam van de pijler",
  "pillar.nameTooLong": "een pijlernaam heeft hoogstens 60 tekens",
  "pillar.renameShape": "schrijf: /pijler hernoem <oude naam> naar <nieuwe naam>",
  "pillar.what": "pijlers beheren",
  "pillar.name": "noem de actie en daarna de pijler",
  "pillar.pillar": "noem de pijler achteraan",
  "pillar.unchanged": "{title} viel al onder {pillar}.",
  "pillar.set": "📌 {title} valt nu onder pijler {pillar}.",
  "pillar.unknown": "Ik ken geen pijler \"{name}\". De pijlers zijn: {pillars}.",
  "pillar.noneYet": "(nog geen)",
} as const satisfies Record<string, CatalogueText>;
