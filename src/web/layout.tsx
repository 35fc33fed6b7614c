import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import { formatMoment } from "../render/format.ts";
import { AGE_GROUPS } from "../domain.ts";
import { statusLabel, supportedLanguages, translate, type MessageKey, type Translate } from "../i18n/index.ts";
import type { PageContext } from "./page-context.ts";
import { overviewPath } from "./public-url.ts";

export type Section = "bord" | "pijlers" | "voortgang" | "vergadering" | "wie" | "financien" | "rapport" | "actie";

const NAV: { section: Section; path: string; label: MessageKey }[] = [
  { section: "bord", path: "", label: "web.nav.board" },
  { section: "pijlers", path: "pijlers", label: "web.nav.pillars" },
  { section: "voortgang", path: "voortgang", label: "web.nav.progress" },
  { section: "vergadering", path: "vergadering", label: "web.nav.meeting" },
  { section: "wie", path: "wie", label: "web.nav.people" },
  { section: "financien", path: "financien", label: "web.nav.finances" },
  { section: "rapport", path: "rapport", label: "report.web.nav" },
];

/**
 * Export files every page links to, so a coördinator finds them from the board. Only the
 * Markdown summary and the yearly report follow the page language; the projectenboek's columns stay Dutch
 * (the municipality's appendix, read back by the import) and so does the calendar feed.
 */
export const EXPORTS: { path: string; label: MessageKey; followsLanguage: boolean }[] = [
  { path: "projectenboek.xlsx", label: "web.export.xlsx", followsLanguage: false },
  { path: "projectenboek.csv", label: "web.export.csv", followsLanguage: false },
  { path: "samenvatting.md", label: "web.export.markdown", followsLanguage: true },
  { path: "agenda.ics", label: "web.export.ics", followsLanguage: false },
  { path: "rapport.pdf", label: "web.export.report", followsLanguage: true },
  { path: "rapport.docx", label: "web.export.reportDocx", followsLanguage: true },
];

/**
 * System fonts, no scripts, readable at 320 px; contrast checked against WCAG AA. Long
 * words (Dutch compounds) wrap rather than widen the page; links in the menu and footer are
 * at least 24 × 24 px to tap; a wide table keeps its first column in view and shows a shadow
 * on the side that scrolls. On phones the board's filter folds behind "Filter"; from 48rem
 * (a tablet) it shows whole, where the browser can open a closed <details> by CSS.
 */
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
caption{text-align:start;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c8ccc6;padding:.35rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;white-space:nowrap}
.table-wrap{overflow-x:auto}
.muted{color:#4a4f47}
ul.plain{padding-left:1.1rem}
footer{border-top:1px solid #c8ccc6;padding:1rem;max-width:80rem;margin:2rem auto 0;font-size:.95rem}
progress{width:8rem;vertical-align:middle}
.chart{margin:.5rem 0 1rem;background:#fff;border:1px solid #c8ccc6;border-radius:.4rem;padding:.5rem .75rem}
.chart svg{display:block;max-width:100%;height:auto}
.chart p{margin:.25rem 0 0}
body{overflow-wrap:anywhere}
nav a,footer a{display:inline-block;min-height:24px;min-width:24px;padding:2px 0}
.table-wrap{background:linear-gradient(to right,#fff 30%,#fff0) left/2rem 100% no-repeat local,linear-gradient(to left,#fff 30%,#fff0) right/2rem 100% no-repeat local,linear-gradient(to right,#0003,#0000) left/.75rem 100% no-repeat scroll,linear-gradient(to left,#0003,#0000) right/.75rem 100% no-repeat scroll #fff}
.table-wrap table{background:none}
.table-wrap tbody th[scope=row]{position:sticky;left:0;background:#fff;z-index:1}
@media (max-width:30rem){th,td{padding:.3rem .3rem;font-size:.9rem}td.num,th.num{white-space:normal}}
.filter-fold{background:none;border:0;padding:0;margin:0 0 1rem}
.filter-fold>summary{display:inline-block;min-height:2.5rem;padding:.45rem .9rem;background:#fff;border:1px solid #c8ccc6;border-radius:.4rem}
.filter-fold[open]>summary{margin-bottom:.5rem}
.filter-fold .filters{margin:0}
@supports selector(::details-content){@media (min-width:48rem){.filter-fold>summary{display:none}.filter-fold::details-content{content-visibility:visible;display:contents}}}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
`;

export function Page(props: { ctx: PageContext; wijkName: string; section: Section; title: string; now: Date; children: Child }) {
  const { ctx, now } = props;
  const { t, lang } = ctx;
  return (
    <html lang={lang} dir={t("web.direction") === "rtl" ? "rtl" : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} — ${props.wijkName}`}</title>
        <style>{raw(CSS)}</style>
      </head>
      <body>
        <a class="skip" href="#inhoud">{t("web.skipToContent")}</a>
        <header>
          <p>
            <a href={ctx.link()}>{props.wijkName}</a>
          </p>
          <nav aria-label={t("web.nav.label")}>
            <ul>
              {NAV.map((item) => (
                <li>
                  <a href={ctx.link(item.path)} aria-current={item.section === props.section ? "page" : undefined}>
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud">{props.children}</main>
        <footer>
          <h2>{t("web.downloads")}</h2>
          <ul class="plain">
            {EXPORTS.map((e) => (
              <li>
                <a href={e.followsLanguage ? ctx.link(e.path) : overviewPath(ctx.token, e.path)}>{t(e.label)}</a>
              </li>
            ))}
          </ul>
          <p class="muted">{t("web.footer", { moment: formatMoment(now, undefined, lang) })}</p>
          <LanguageSwitch ctx={ctx} />
        </footer>
      </body>
    </html>
  );
}

/** "Taal: Nederlands · English", each name in its own language; the current one is not a link. */
function LanguageSwitch(props: { ctx: PageContext }) {
  const { ctx } = props;
  return (
    <p>
      {ctx.t("web.language")}:{" "}
      {supportedLanguages().map((code, i) => (
        <>
          {i ? " · " : ""}
          {code === ctx.lang ? (
            <strong lang={code}>{translate(code, "language.name")}</strong>
          ) : (
            <a href={ctx.inLanguage(code)} lang={code} hreflang={code}>
              {translate(code, "language.name")}
            </a>
          )}
        </>
      ))}
    </p>
  );
}

/** "Te laat" / "Binnenkort" as words (not colour alone), for deadlines on cards and lists. */
export function DeadlineBadge(props: { t: Translate; overdue: boolean; dueSoon: boolean }) {
  if (props.overdue) return <span class="badge late">{props.t("web.overdue")}</span>;
  if (props.dueSoon) return <span class="badge soon">{props.t("web.dueSoon")}</span>;
  return null;
}

/** "0–4 jaar" / "0–4 years", "algemeen" / "general"; an unknown group as stored. */
export function ageGroupLabel(group: string, t: Translate): string {
  if (group === "algemeen") return t("age.general");
  return (AGE_GROUPS as readonly string[]).includes(group) ? t("age.years", { group: group.replace("-", "–") }) : group;
}

/** A status as a column heading or after a dash: "Gepland", "In progress". */
export function statusTitle(status: string, ctx: Pick<PageContext, "t" | "lang">): string {
  const word = statusLabel(status, ctx.t);
  return `${word.charAt(0).toLocaleUpperCase(ctx.lang)}${word.slice(1)}`;
}

/**
 * A catalogue text with markup in its placeholders, e.g. a <time> element:
 * fill(t("web.card.noUpdate"), { date: <time …/> }). The text parts are escaped as usual.
 */
export function fill(template: string, parts: Record<string, Child>): Child[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : Object.hasOwn(parts, piece) ? parts[piece] : `{${piece}}`));
}

export function renderDocument(element: unknown): string {
  return `<!doctype html>${String(element)}`;
}
