import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /koppel: binding a chat to a wijk with a code. */
export const nlBind = {
  "bind.codeMissing": "zet de code achter /koppel",
  "bind.codeLong": "dat lijkt geen code; codes zijn 8 tekens",
  "bind.codeChars": "een code bestaat uit letters en cijfers",
  "bind.already": "Dit gesprek is al gekoppeld aan {wijk}.",
  "bind.coordinator": "\n{name}, jij bent nu de coördinator van {wijk}.",
  "bind.stuurgroep": "de stuurgroep",
  "bind.kartrekkers": "de kartrekkers",
  "bind.done": "🔗 Dit gesprek is gekoppeld aan {wijk} ({kind}).{extra}\nBegin met /help of /overzicht.",
  "bind.unknownCode": "Die code ken ik niet. Controleer de code, of vraag de coördinator om een nieuwe.",
  "bind.used": "Die code is al gebruikt. Vraag de coördinator om een nieuwe code.",
  "bind.expired": "Die code is verlopen (codes gelden 7 dagen). Vraag de coördinator om een nieuwe.",
  "bind.direct": "Koppel een groepsgesprek, niet een privégesprek: typ /koppel <code> in de groep.",
  "bind.chatTaken": "Dit gesprek is al gekoppeld aan een wijk.",
} as const satisfies Record<string, CatalogueText>;
