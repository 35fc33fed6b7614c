/**
 * Dutch texts about the bot's own operation (issue 12): a database that cannot store
 * anything, and members a platform reported as removed from a group.
 */
export const nlOperations = {
  "storage.failing":
    "⚠️ *wijkbot kan al {minutes} minuten niets opslaan* (in {wijk}).\nDe opslag van de server is vol of alleen-lezen. Wie iets verandert, krijgt nu \"probeer het zo nog eens\"; wat eerder bevestigd is, blijft bewaard. Vraag de beheerder van de server ruimte vrij te maken. Ik laat het weten zodra het weer werkt.",
  "storage.working": "✅ wijkbot kan weer opslaan (in {wijk}), na {minutes} minuten storing. Wat in die tijd niet lukte, kan nu opnieuw.",
  "storage.yourWijk": "je wijk",
  "memberLeft.gone": "👋 {name} is uit {chat} gehaald en zit in geen groep van de wijk meer. {name} staat nu als vertrokken: geen berichten meer, en privé geef ik {name} geen gegevens van de wijk meer.",
  "memberLeft.oneChat": "👋 {name} is uit {chat} gehaald. In een andere groep van de wijk zit {name} voor zover ik weet nog. Is {name} helemaal weg? Meld af met /vertrek @{name}",
  "memberLeft.linkHint": "Had {name} de weblink van het overzicht? Maak een nieuwe met /overzicht nieuwe-link",
  "memberLeft.chatKartrekkers": "de kartrekkersgroep",
  "memberLeft.chatStuurgroep": "de stuurgroep-chat",
  "memberLeft.chatOther": "een groep van de wijk",
  "memberLeft.dmRefused": "Je zit niet meer in een groep van {wijk}, dus privé geef ik je geen gegevens van de wijk meer. Klopt dat niet? Vraag de coördinator.",
};
