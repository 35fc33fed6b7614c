import type { CatalogueText } from "../plural.ts";

/** Dutch texts of members a platform reported as removed from a group. */
export const nlMemberLeft = {
  "memberLeft.gone": "👋 {name} is uit {chat} gehaald en zit in geen groep van de wijk meer. {name} staat nu als vertrokken: geen berichten meer, en privé geef ik {name} geen gegevens van de wijk meer.",
  "memberLeft.oneChat": "👋 {name} is uit {chat} gehaald. In een andere groep van de wijk zit {name} voor zover ik weet nog. Is {name} helemaal weg? Meld af met /vertrek @{name}",
  "memberLeft.linkHint": "Had {name} de weblink van het overzicht? Maak een nieuwe met /overzicht nieuwe-link",
  "memberLeft.chatKartrekkers": "de kartrekkersgroep",
  "memberLeft.chatStuurgroep": "de stuurgroep-chat",
  "memberLeft.chatOther": "een groep van de wijk",
  "memberLeft.dmRefused": "Je zit niet meer in een groep van {wijk}, dus privé geef ik je geen gegevens van de wijk meer. Klopt dat niet? Vraag de coördinator.",
} as const satisfies Record<string, CatalogueText>;
