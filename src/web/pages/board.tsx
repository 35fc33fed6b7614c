import { Page, DeadlineBadge, ageGroupLabel, fill, statusTitle } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { LANGUAGE_PARAM, overviewPath } from "../public-url.ts";
import { meansNoPillar, type BoardFilter, type OverviewAction, type WijkOverview } from "../../services/get-web-board.ts";
import { AGE_GROUPS } from "../../domain.ts";
import { DEFAULT_LANGUAGE, type Translate } from "../../i18n/index.ts";
import { pageDates } from "../fast-dates.ts";
import { ChartFigure } from "../chart.tsx";
import { overviewStatusChart } from "../../render/overview-charts.ts";
import type { AbsenceListing } from "../../services/list-absences.ts";
import { absenceLabel } from "../../render/absence.ts";

const OPEN_COLUMNS = ["gepland", "bezig", "klaar"] as const;
const FOLDED = ["geparkeerd", "gestopt"] as const;
/** Long progress notes are cut on the card; the action page shows them whole. */
const NOTE_PREVIEW_CHARS = 160;

/** What every card says, looked up once per page rather than once per card (a board may hold 1,000). */
interface CardWords {
  t: Translate;
  owner: string;
  noOwner: string;
  deadline: string;
  none: string;
  update: string;
  noUpdate: string;
  noPillar: string;
  ageGroups: Map<string, string>;
}

export function BoardPage(props: { ctx: PageContext; overview: WijkOverview; actions: OverviewAction[]; filter: BoardFilter; now: Date; absences?: AbsenceListing[] }) {
  const { ctx, overview, actions, filter, now } = props;
  const { t } = ctx;
  const byStatus = (status: string) => actions.filter((a) => a.status === status);
  const filtered = Object.values(filter).some(Boolean);
  const owners = ownersWithActions(overview);
  const dates = pageDates(now, ctx.lang);
  const words: CardWords = {
    t,
    owner: t("web.owner"),
    noOwner: t("action.noOwner"),
    deadline: t("web.deadline"),
    none: t("web.none"),
    update: t("web.card.update"),
    noUpdate: t("web.card.noUpdate"),
    noPillar: t("board.noPillar"),
    ageGroups: new Map(AGE_GROUPS.map((g) => [g, ageGroupLabel(g, t)])),
  };
  const pillarOptions = [...overview.pillars.map((p) => p.name), ...(overview.actions.some((a) => !a.pillarId) ? [words.noPillar] : [])];
  const title = t("web.nav.board");
  return (
    <Page ctx={ctx} wijkName={overview.wijk.name} section="bord" title={title} now={now}>
      <h1>{t("web.board.heading", { wijk: overview.wijk.name })}</h1>
      {props.absences?.length ? (
        <ul class="absences" aria-label={t("absence.webTitle")}>
          {props.absences.map((a) => (
            <li>{t("absence.boardLine", { name: a.personName, label: absenceLabel(a, now, ctx.lang) })}</li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="in-een-oogopslag">
        <h2 id="in-een-oogopslag" class="vh">{t("web.glance")}</h2>
        <ChartFigure chart={overviewStatusChart(overview, ctx)} t={t} />
      </section>
      {/* Folded on phones behind "Filter" (open while a filter is on); wide screens show it whole (CSS). */}
      <details class="filter-fold" open={filtered}>
        <summary>{t("web.filter.summary")}</summary>
        {/* A GET form replaces the query of its action, so the page language travels as a field. */}
        <form method="get" action={overviewPath(ctx.token)} class="filters" role="search" aria-label={t("web.filter.label")}>
          {ctx.lang === DEFAULT_LANGUAGE ? null : <input type="hidden" name={LANGUAGE_PARAM} value={ctx.lang} />}
          <label>
            {t("web.pillar")}
            <select name="pijler">
              <option value="">{t("web.filter.allPillars")}</option>
              {pillarOptions.map((name) => (
                <option value={name} selected={filter.pijler === name || (name === words.noPillar && !!filter.pijler && meansNoPillar(filter.pijler))}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("web.ageGroup")}
            <select name="doelgroep">
              <option value="">{t("web.filter.allAges")}</option>
              {AGE_GROUPS.map((g) => (
                <option value={g} selected={filter.doelgroep === g}>
                  {words.ageGroups.get(g)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {words.owner}
            <select name="eigenaar">
              <option value="">{t("web.filter.anyone")}</option>
              {owners.map((p) => (
                <option value={p.id} selected={filter.eigenaar === p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("web.organisation")}
            <select name="organisatie">
              <option value="">{t("web.filter.allOrganisations")}</option>
              {overview.organisations.map((o) => (
                <option value={o.id} selected={filter.organisatie === o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t("web.filter.submit")}</button>
          {filtered ? <a href={ctx.link()}>{t("web.filter.reset")}</a> : null}
        </form>
      </details>
      <p class="muted" role="status">
        {filtered ? t("web.board.shown", { shown: actions.length, total: overview.actions.length }) : t("web.board.count", { count: actions.length })}
      </p>
      <div class="columns">
        {OPEN_COLUMNS.map((status) => {
          const items = byStatus(status);
          return (
            <section class="column" aria-labelledby={`kolom-${status}`}>
              <h2 id={`kolom-${status}`}>
                {statusTitle(status, ctx)} ({items.length})
              </h2>
              {items.length ? items.map((a) => <Card ctx={ctx} action={a} dates={dates} words={words} />) : <p class="muted">{t("web.board.noActions")}</p>}
            </section>
          );
        })}
      </div>
      {FOLDED.map((status) => {
        const items = byStatus(status);
        if (!items.length) return null;
        return (
          <details>
            <summary>
              {statusTitle(status, ctx)} ({items.length})
            </summary>
            {items.map((a) => (
              <Card ctx={ctx} action={a} dates={dates} words={words} />
            ))}
          </details>
        );
      })}
    </Page>
  );
}

function Card(props: { ctx: PageContext; action: OverviewAction; dates: ReturnType<typeof pageDates>; words: CardWords }) {
  const { action: a, dates, words } = props;
  const note = a.latestNote;
  return (
    <article class="card">
      <h3>
        <a href={props.ctx.link(`acties/${a.id}`)}>{a.title}</a>
      </h3>
      <p class="pillar">
        {a.pillarName ?? words.noPillar}
        {a.ageGroup ? ` · ${words.ageGroups.get(a.ageGroup) ?? a.ageGroup}` : ""}
      </p>
      <dl>
        <dt>{words.owner}</dt>
        <dd>{a.owners.length ? a.owners.map((o) => o.name).join(", ") : words.noOwner}</dd>
        <dt>{words.deadline}</dt>
        <dd>
          {a.deadline ? (
            <>
              <time datetime={a.deadline.toISOString()}>{dates.moment(a.deadline)}</time> <DeadlineBadge t={words.t} overdue={a.overdue} dueSoon={a.dueSoon} />
            </>
          ) : (
            words.none
          )}
        </dd>
        <dt>{words.update}</dt>
        <dd>
          {note ? (
            <>
              <time datetime={note.at.toISOString()}>{dates.day(note.at)}</time>: {preview(note.text)}
            </>
          ) : (
            fill(words.noUpdate, { date: <time datetime={a.lastActivityAt.toISOString()}>{dates.day(a.lastActivityAt)}</time> })
          )}
        </dd>
      </dl>
    </article>
  );
}

function preview(text: string): string {
  return text.length > NOTE_PREVIEW_CHARS ? `${text.slice(0, NOTE_PREVIEW_CHARS - 1).trimEnd()}…` : text;
}

function ownersWithActions(overview: WijkOverview): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const a of overview.actions) for (const o of a.owners) seen.set(o.id, o.name);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
