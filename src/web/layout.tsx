import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import { overviewPath } from "./public-url.ts";
import { formatMoment } from "../render/format.ts";

export type Section = "bord" | "pijlers" | "vergadering" | "wie" | "financien" | "actie";

const NAV: { section: Section; path: string; label: string }[] = [
  { section: "bord", path: "", label: "Bord" },
  { section: "pijlers", path: "pijlers", label: "Pijlers en doelen" },
  { section: "vergadering", path: "vergadering", label: "Vergadering" },
  { section: "wie", path: "wie", label: "Wie is wie" },
  { section: "financien", path: "financien", label: "Financiën" },
];

/** Export files every page links to, so a coördinator finds them from the board. */
export const EXPORTS = [
  { path: "projectenboek.xlsx", label: "Projectenboek (Excel)" },
  { path: "projectenboek.csv", label: "Projectenboek (CSV)" },
  { path: "samenvatting.md", label: "Samenvatting per pijler (Markdown)" },
  { path: "agenda.ics", label: "Agenda met deadlines en vergaderingen (ICS, om te abonneren)" },
];

/** System fonts, no scripts, readable at 320 px; contrast checked against WCAG AA. */
const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#f6f6f4}
a{color:#0b4f8a}
a:focus-visible,button:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header{background:#17324d;color:#fff;padding:.75rem 1rem}
header a{color:#fff}
header p{margin:0;font-size:1.15rem;font-weight:600}
nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{padding:1rem;max-width:80rem;margin:0 auto}
h1{font-size:1.5rem;margin:.25rem 0 1rem}
h2{font-size:1.2rem;margin:1.25rem 0 .5rem}
h3{font-size:1rem;margin:0 0 .25rem}
.columns{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.column{background:#e9ece8;border-radius:.5rem;padding:.5rem .75rem}
.column h2{margin-top:.25rem}
.card{background:#fff;border:1px solid #c8ccc6;border-radius:.4rem;padding:.6rem .75rem;margin:0 0 .6rem}
.card dl{margin:.25rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:0 .5rem;font-size:.95rem}
.card dt{color:#4a4f47}.card dd{margin:0}
.pillar{font-size:.85rem;color:#4a4f47;margin:0}
.badge{display:inline-block;border-radius:.25rem;padding:0 .35rem;font-size:.85rem;font-weight:600;border:1px solid currentColor}
.late{color:#9b1c1c;background:#fdecec}.soon{color:#7a4a00;background:#fff4dc}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;background:#fff;border:1px solid #c8ccc6;border-radius:.4rem;padding:.75rem;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;font-size:.9rem}
select,button{font:inherit;padding:.35rem .5rem;min-height:2.5rem}
button{background:#17324d;color:#fff;border:0;border-radius:.3rem;padding:.35rem 1rem}
details{background:#fff;border:1px solid #c8ccc6;border-radius:.4rem;padding:.5rem .75rem;margin:.75rem 0}
summary{cursor:pointer;font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c8ccc6;padding:.35rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
.table-wrap{overflow-x:auto}
.muted{color:#4a4f47}
ul.plain{padding-left:1.1rem}
footer{border-top:1px solid #c8ccc6;padding:1rem;max-width:80rem;margin:2rem auto 0;font-size:.95rem}
progress{width:8rem;vertical-align:middle}
`;

export function Page(props: { token: string; wijkName: string; section: Section; title: string; now: Date; children: Child }) {
  const base = (path: string) => overviewPath(props.token, path);
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} — ${props.wijkName}`}</title>
        <style>{raw(CSS)}</style>
      </head>
      <body>
        <a class="skip" href="#inhoud">Naar de inhoud</a>
        <header>
          <p>
            <a href={base("")}>{props.wijkName}</a>
          </p>
          <nav aria-label="Onderdelen">
            <ul>
              {NAV.map((item) => (
                <li>
                  <a href={base(item.path)} aria-current={item.section === props.section ? "page" : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud">{props.children}</main>
        <footer>
          <h2>Downloaden</h2>
          <ul class="plain">
            {EXPORTS.map((e) => (
              <li>
                <a href={base(e.path)}>{e.label}</a>
              </li>
            ))}
          </ul>
          <p class="muted">Stand van {formatMoment(props.now)}. Alleen-lezen overzicht; wijzigen gaat via de bot in de groep.</p>
        </footer>
      </body>
    </html>
  );
}

/** "Te laat" / "Binnenkort" as words (not colour alone), for deadlines on cards and lists. */
export function DeadlineBadge(props: { overdue: boolean; dueSoon: boolean }) {
  if (props.overdue) return <span class="badge late">⚠ Te laat</span>;
  if (props.dueSoon) return <span class="badge soon">Binnenkort</span>;
  return null;
}

export const AGE_GROUP_LABELS: Record<string, string> = { "0-4": "0–4 jaar", "4-12": "4–12 jaar", "12+": "12+ jaar", algemeen: "algemeen" };

export const STATUS_LABELS: Record<string, string> = { gepland: "Gepland", bezig: "Bezig", klaar: "Klaar", gestopt: "Gestopt", geparkeerd: "Geparkeerd" };

export function renderDocument(element: unknown): string {
  return `<!doctype html>${String(element)}`;
}
