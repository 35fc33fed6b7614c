import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /ik koppel: linking one person's accounts on several platforms. */
export const nlLink = {
  "link.codeShape": "een koppelcode bestaat uit 6 cijfers",
  "link.privately": "Doe dit in een privégesprek met mij, dan ziet niemand anders je code. Stuur me daar: /ik koppel",
  "link.unknownHere": "Ik ken je hier nog niet. Typ /ik koppel in een privégesprek waar ik je al ken (bijvoorbeeld op je andere app); je krijgt dan een code die je hier invult: /ik koppel <code>",
  "link.code": "🔑 Je koppelcode: *{code}* ({minutes} minuten geldig, één keer te gebruiken).\nStuur me op het andere platform in een privégesprek: /ik koppel {code}",
  "link.tooMany": "Te veel verkeerde codes. Wacht {minutes} minuten en vraag dan een nieuwe code met /ik koppel.",
  "link.already": "Dit account was al van jou, {name}.",
  "link.done": "🔗 Gekoppeld! Ik ken je hier nu ook als *{name}* ({wijk}). Typ /help om te beginnen.",
  "link.unknownCode": "Die koppelcode ken ik niet (of hij is al gebruikt). Vraag een nieuwe met /ik koppel waar ik je al ken.",
  "link.expired": "Die koppelcode is verlopen (codes gelden {minutes} minuten). Vraag een nieuwe met /ik koppel.",
  "link.nobody": "Die koppelcode hoort bij niemand meer. Vraag een nieuwe met /ik koppel.",
  "link.taken": "Dit account hoort in deze wijk al bij iemand anders. Vraag de coördinator om hulp.",
} as const satisfies Record<string, CatalogueText>;
