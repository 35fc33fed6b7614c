import { Page, DeadlineBadge, AGE_GROUP_LABELS, STATUS_LABELS } from "../layout.tsx";
import { overviewPath } from "../public-url.ts";
import { NO_PILLAR, type BoardFilter, type OverviewAction, type WijkOverview } from "../../services/get-web-board.ts";
import { AGE_GROUPS } from "../../domain.ts";
import { pageDates } from "../fast-dates.ts";

const OPEN_COLUMNS = ["gepland", "bezig", "klaar"] as const;
const FOLDED = ["geparkeerd", "gestopt"] as const;
/** Long progress notes are cut on the card; the action page shows them whole. */
const NOTE_PREVIEW_CHARS = 160;

export function BoardPage(props: { token: string; overview: WijkOverview; actions: OverviewAction[]; filter: BoardFilter; now: Date }) {
  const { token, overview, actions, filter, now } = props;
  const byStatus = (status: string) => actions.filter((a) => a.status === status);
  const filtered = Object.values(filter).some(Boolean);
  const owners = ownersWithActions(overview);
  const dates = pageDates(now);
  return (
    <Page token={token} wijkName={overview.wijk.name} section="bord" title="Bord" now={now}>
      <h1>Bord {overview.wijk.name}</h1>
      <form method="get" action={overviewPath(token)} class="filters" role="search" aria-label="Acties filteren">
        <label>
          Pijler
          <select name="pijler">
            <option value="">Alle pijlers</option>
            {[...overview.pillars.map((p) => p.name), ...(overview.actions.some((a) => !a.pillarId) ? [NO_PILLAR] : [])].map((name) => (
              <option value={name} selected={filter.pijler === name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Doelgroep
          <select name="doelgroep">
            <option value="">Alle leeftijden</option>
            {AGE_GROUPS.map((g) => (
              <option value={g} selected={filter.doelgroep === g}>
                {AGE_GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Eigenaar
          <select name="eigenaar">
            <option value="">Iedereen</option>
            {owners.map((p) => (
              <option value={p.id} selected={filter.eigenaar === p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Organisatie
          <select name="organisatie">
            <option value="">Alle organisaties</option>
            {overview.organisations.map((o) => (
              <option value={o.id} selected={filter.organisatie === o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filteren</button>
        {filtered ? <a href={overviewPath(token)}>Alle acties tonen</a> : null}
      </form>
      <p class="muted" role="status">
        {filtered ? `${actions.length} van ${overview.actions.length} acties getoond.` : `${actions.length} acties.`}
      </p>
      <div class="columns">
        {OPEN_COLUMNS.map((status) => {
          const items = byStatus(status);
          return (
            <section class="column" aria-labelledby={`kolom-${status}`}>
              <h2 id={`kolom-${status}`}>
                {STATUS_LABELS[status]} ({items.length})
              </h2>
              {items.length ? items.map((a) => <Card token={token} action={a} dates={dates} />) : <p class="muted">Geen acties.</p>}
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
              {STATUS_LABELS[status]} ({items.length})
            </summary>
            {items.map((a) => (
              <Card token={token} action={a} dates={dates} />
            ))}
          </details>
        );
      })}
    </Page>
  );
}

function Card(props: { token: string; action: OverviewAction; dates: ReturnType<typeof pageDates> }) {
  const { action: a, dates } = props;
  const note = a.latestNote;
  return (
    <article class="card">
      <h3>
        <a href={overviewPath(props.token, `acties/${a.id}`)}>{a.title}</a>
      </h3>
      <p class="pillar">
        {a.pillarName ?? NO_PILLAR}
        {a.ageGroup ? ` · ${AGE_GROUP_LABELS[a.ageGroup] ?? a.ageGroup}` : ""}
      </p>
      <dl>
        <dt>Eigenaar</dt>
        <dd>{a.owners.length ? a.owners.map((o) => o.name).join(", ") : "nog niemand"}</dd>
        <dt>Deadline</dt>
        <dd>
          {a.deadline ? (
            <>
              <time datetime={a.deadline.toISOString()}>{dates.moment(a.deadline)}</time> <DeadlineBadge overdue={a.overdue} dueSoon={a.dueSoon} />
            </>
          ) : (
            "geen"
          )}
        </dd>
        <dt>Update</dt>
        <dd>
          {note ? (
            <>
              <time datetime={note.at.toISOString()}>{dates.day(note.at)}</time>: {preview(note.text)}
            </>
          ) : (
            <>
              nog geen; gewijzigd <time datetime={a.lastActivityAt.toISOString()}>{dates.day(a.lastActivityAt)}</time>
            </>
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
