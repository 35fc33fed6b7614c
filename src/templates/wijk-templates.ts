import type { SchoolRegion } from "../parse/school-holidays.ts";

/**
 * How the neighbourhoods in the seeds organise their plans, as starting structures for
 * `wijkbot wijk nieuw --sjabloon …`. Every wijk can change its pillars afterwards
 * (/pijler nieuw|hernoem); nothing in the code depends on these names.
 */
export interface WijkTemplate {
  id: TemplateId;
  label: string;
  /** What this structure calls its top level ("pijler", "opgave", "spoor"), for texts and the overview. */
  pillarWord: "pijler" | "opgave" | "spoor";
  pillars: { name: string; goals?: string[] }[];
  /** School holiday region of the neighbourhood ("voor de herfstvakantie"); a wijk may set another with `wijk instellingen`. */
  schoolRegion: SchoolRegion;
}

export const TEMPLATE_IDS = ["lewenborg", "spt", "sterk-voor-noord", "groningen-noord", "leeg"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Groningen-Noord: every intervention says to which of these area goals it contributes. */
const GRONINGEN_NOORD_GOALS = ["Wonen", "Veilig zijn", "Werken", "Leren", "Meedoen"];

export const WIJK_TEMPLATES: Record<TemplateId, WijkTemplate> = {
  // Seed 000: three pillars, each with an aanjager; goals are set per year plan.
  lewenborg: {
    id: "lewenborg",
    label: "Lewenborg XL — pijlers Kansrijk, Vreedzaam, Gezond",
    pillarWord: "pijler",
    schoolRegion: "noord", // Groningen: regio noord
    pillars: [{ name: "Kansrijk" }, { name: "Vreedzaam" }, { name: "Gezond" }],
  },
  // Seed 002: the table "Bijgesteld Wijkplan Positief Opgroeien SPT", pillars with their goals.
  spt: {
    id: "spt",
    label: "SPT (Selwerd, Paddepoel, Tuinwijk) — vier pijlers met doelen",
    pillarWord: "pijler",
    schoolRegion: "noord", // Groningen: regio noord
    pillars: [
      {
        name: "Talentontwikkeling",
        goals: [
          "Een positief zelfbeeld door zelfreflectie en feed forward van de omgeving",
          "Eigen kracht en veerkracht door te kunnen creëren en succes te ervaren",
          "Een optimale schoolloopbaan op het denk- en werkniveau van het kind",
        ],
      },
      {
        name: "Gezondheid",
        goals: [
          "Een gezonde leefstijl bevorderen en aanleren",
          "Ouders ondersteunen om positief ouderschap te bieden",
          "Het mentale welbevinden van kinderen en ouders bevorderen",
        ],
      },
      {
        name: "Inclusie",
        goals: [
          "Een positief opvoedklimaat thuis, op school en naschools, zodat elk kind mee kan doen",
          "Sociale aansluiting voor ouders en kinderen; (taal-)barrières en gevolgen van armoede verminderen",
          "Opgroeien met voldoende financiële middelen",
        ],
      },
      {
        name: "Veiligheid",
        goals: [
          "Veilige hechting en een veilige thuissituatie",
          "Een veilige leefomgeving door signaalfunctie en schakel naar de wijk",
        ],
      },
    ],
  },
  // Seed 004 (Leidschendam-Noord): opgaven → doelen; the Jongeren plan works per onderwerp.
  "sterk-voor-noord": {
    id: "sterk-voor-noord",
    label: "Sterk voor Noord — opgaven met doelen",
    pillarWord: "opgave",
    schoolRegion: "midden", // Leidschendam-Voorburg: regio midden
    pillars: [
      {
        name: "Jeugd en onderwijs",
        goals: [
          "Minder kinderen groeien op in armoede",
          "Leerachterstanden worden ingelopen",
          "Kinderen stromen op een hoger niveau uit naar het voortgezet onderwijs",
          "Hogere deelname aan voor- en vroegschoolse educatie",
          "Ouderbetrokkenheid wordt vergroot",
          "Meer kinderen hebben een gezond gewicht en een positief zelfbeeld",
          "Een doorlopende lijn van school naar werk",
        ],
      },
      {
        name: "Financiële zelfredzaamheid",
        goals: [
          "Meer wijkbewoners krijgen laagdrempelige financiële hulp",
          "Meer wijkbewoners beheersen de Nederlandse taal goed",
          "Meer wijkbewoners werken en/of doen actief mee aan de samenleving",
          "Meer wijkbewoners kunnen gemakkelijker rondkomen",
          "Meer ondernemerschap dat past bij de wijken",
        ],
      },
      {
        name: "Fijn en veilig wonen",
        goals: [
          "Meer gemengde woonmilieus",
          "De afval- en ongedierteproblematiek wordt verminderd",
          "Jonge aanwas in de criminaliteit wordt voorkomen",
          "Overlast, sociale problemen en criminaliteit worden verminderd",
          "Meer wijkbewoners voelen zich veilig in hun eigen wijk",
          "Meer wijkbewoners voelen zich verbonden met elkaar en met hun wijk",
        ],
      },
      {
        name: "Jongeren",
        goals: [
          "Jongeren zonder startkwalificaties",
          "Meer activiteiten voor meisjes",
          "Ouderbetrokkenheid vergroten",
          "Rolmodellen",
          "(Vrije) tijdsbesteding jongeren",
        ],
      },
    ],
  },
  // Seed 001: three sporen; each action line contributes to the same five area goals.
  "groningen-noord": {
    id: "groningen-noord",
    label: "Groningen-Noord — drie sporen, doelen Wonen, Veilig zijn, Werken, Leren, Meedoen",
    pillarWord: "spoor",
    schoolRegion: "noord", // Groningen: regio noord
    pillars: [
      { name: "Basis+", goals: GRONINGEN_NOORD_GOALS },
      { name: "Koppelkansen", goals: GRONINGEN_NOORD_GOALS },
      { name: "Systeemdoorbraken", goals: GRONINGEN_NOORD_GOALS },
    ],
  },
  leeg: {
    id: "leeg",
    label: "Leeg — zelf pijlers toevoegen",
    pillarWord: "pijler",
    schoolRegion: "midden", // the default region (midden) until the wijk sets its own
    pillars: [],
  },
};

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}
