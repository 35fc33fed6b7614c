/** Word lists shared by the readers of free text (all folded: lower case, no accents). */

export const YES = /^(ja+|j|yes|y|ok|oke|okay|prima|doe maar|graag|klopt|jazeker|jep|yep|yup|top|goed|zeker|sure|ja graag|ja hoor|ja doe maar|👍)[.!]*$/i;
export const NO = /^(nee+|n|no|nope|neen|nee hoor|nee dank je|liever niet)[.!]*$/i;
export const CANCEL = /^(laat maar( zitten)?|laat ook maar|laat zitten|laat maar even|cancel|annuleer|annuleren|stop maar|never ?mind|forget it|vergeet (het|maar)|niks|niets|laat het maar)\b/i;

/** Status words → the status command's word. Negations are checked separately. */
export const STATUS_WORDS: { sub: "klaar" | "bezig" | "stop" | "parkeer"; pattern: RegExp }[] = [
  {
    sub: "klaar",
    pattern:
      /\b(klaar is kees|kla{2,}r+|kla+r{2,}|klar|kloar|af|gedaan|afgerond|afgevinkt|afvinken|kan dicht|mag dicht|voltooid|gereed|rond(?!\s+(?:de|het|een|\d))|gelukt|opgeleverd|afgesloten|gehaald|behaald|gerealiseerd|uitgevoerd|afgehandeld|afgewerkt|afgestreept|van de lijst|kan eraf|mag eraf|wrapped up|all done|achter de rug|zit erop|zitten erop|is geweest|zijn geweest|heeft plaatsgevonden|hebben plaatsgevonden|is doorgegaan(?! met)|is gehouden|done|finished|completed|complete|ready|took place|is live|staat live|gaat live|ging live|live gegaan|is online|staat online|went live|is live now|staat(?=\s*!)|staat er(?= ?(?:nu |eindelijk )?[!.])|staan er(?= ?(?:nu |eindelijk )?[!.]))\b|✅|✔️?/,
  },
  {
    sub: "bezig",
    pattern:
      /\b(bezig|gestart|begonnen|(?:zijn|is) begin met|van de plank (?:halen|gehaald|gepakt|pakken)|uit de ijskast (?:halen|gehaald|gepakt|pakken)|opgestart|opgepakt|weer oppakken|weer opgepakt|pakken (?:we |ze |wij )?(?:het |dat |hem )?(?:weer |gewoon )?op|pak (?:ik|jij|we) (?:\w+ )?(?:weer |gewoon )op|(?:kan|mag|gaat) (?:nu )?weer open|started again|restarted|hervat|hervatten|gaan (er(mee)? )?(weer )?verder|gaat (weer )?verder|gaat weer door|gaan weer door|gaat van start|gaan van start|gaat (?:nu |eindelijk |echt |dan )*lopen|gaan (?:nu |eindelijk |echt |dan )*lopen|komt (?:nu |eindelijk )*op gang|gaat (?:nu |eindelijk |echt |dan |officieel ){1,2}van start|van start|aan de slag|is open|is geopend|zijn open|(is|zijn) ((nu|vanaf vandaag|sinds vandaag|officieel|eindelijk|weer|gewoon|elke week|echt) )+open|loopt(?! (?:(?:heel|erg|echt|best|nu|al|wel|gewoon|super) )?(?:goed|lekker|prima|top|soepel|voorspoedig|fijn|super|niet|moeizaam|stroef|stuk|vast|achter|uit|af|over|mis|door|als een trein))|lopend|in uitvoering|aan de gang|in gebruik|in gebruik genomen|draait(?! (?:(?:heel|erg|echt|best|nu|al|wel|gewoon|super) )?(?:goed|lekker|prima|top|soepel|fijn|super|als een trein))|draaien(?! (?:(?:heel|erg|echt|best|nu|al|wel|gewoon|super) )?(?:goed|lekker|prima|top|soepel|fijn|super|als een trein))|weer actief|is actief|zijn actief|in gang gezet|weer open ?zetten|weer opengezet|open ?zetten|heropenen|heropend|reopen|reopened|started|in progress|underway|ongoing|resumed|kicked off)\b/,
  },
  {
    sub: "stop",
    pattern:
      /\b(gestopt|stop|stopt|stoppen|stoppen we|stopgezet|(?:is |zijn )?van de baan|stop ?gezet|opgezegd|gestaakt|beeindigd|opgeheven|geannuleerd|annuleren|annuleer|afgeblazen|afgelast|afgezegd|gecanceld|gecanceled|cancelen|cancellen|gaat niet door|gaat (?:definitief|helaas|toch|dus|echt|dit jaar|voorlopig) niet door|gaat niet meer door|kan niet doorgaan|kan helaas niet doorgaan|niet door|niet doorgaat|niet doorgaan|niet meer doorgaat|komt te vervallen|vervalt|schrappen|geschrapt|stopped|cancelled|canceled|cancel|dropped|called off)\b/,
  },
  {
    sub: "parkeer",
    pattern:
      /\b(geparkeerd|geparkeert|geparkerd|parkeer|parkeren|park it|park this|park that|put (?:it |this )?on hold|parkeerstand|in de parkeerstand|on hold|in de ijskast|ijskast|even stil|staat stil|ligt stil|liggen stil|(?:ligt|liggen|staat|staan) (?:weer|nog|even|voorlopig|tijdelijk|helaas|nu)(?: (?:weer|nog|even|voorlopig|tijdelijk|helaas|nu))? stil|stil ?leggen|leggen (we |het |dat )?stil|stil ?zetten|(?:zetten|zet) (?:we |ik |het |dat |hem |die |m )*(?:voorlopig |even |tijdelijk |maar |nu )*stil|stilgelegd|stilgezet|op pauze|(?:ligt|liggen|leggen|leg|gaat|gaan) (?:\w+ ){0,2}op de plank|gepauzeerd|pauzeren|in de wacht|wachtstand|op de parkeerplaats|naar de parkeerplaats|tijdelijk dicht|voorlopig dicht|tijdelijk gesloten|voorlopig gesloten|parked|paused|pause|park|put on hold)\b/,
  },
];

/** A word that asks for a status ("zet m op af", "parkeren graag", "on hold") → the status command's word. */
export const STATUS_SUB: Record<string, "klaar" | "bezig" | "stop" | "parkeer"> = {
  klaar: "klaar", af: "klaar", done: "klaar", afvinken: "klaar", afsluiten: "klaar",
  bezig: "bezig",
  gestopt: "stop", stop: "stop", stoppen: "stop", stopzetten: "stop",
  geparkeerd: "parkeer", geparkeert: "parkeer", geparkerd: "parkeer", parkeer: "parkeer", parkeren: "parkeer", pauze: "parkeer", "on hold": "parkeer",
};

/** "nog niet klaar", "bijna af", "not done yet": a status word that does not mean the status. */
export const NEGATED_STATUS = /\b(niet|nog niet|bijna|nooit|geen|not|almost|nearly|nog lang niet|half)\s+(\w+\s+)?(klaar|af|gedaan|afgerond|bezig|gestart|done|finished|started|gereed|rond)\b/;
