import { Page, STATUS_LABELS } from "../layout.tsx";
import { overviewPath } from "../public-url.ts";
import { NO_PILLAR, type OverviewAction, type WijkOverview } from "../../services/get-web-board.ts";
import { formatNumber } from "../../render/format.ts";

/** Each pillar with its goals; per goal its actions and reached vs intended reach. */
export function PillarsPage(props: { token: string; overview: WijkOverview; now: Date }) {
  const { token, overview } = props;
  const loose = overview.actions.filter((a) => !a.pillarId);
  return (
    <Page token={token} wijkName={overview.wijk.name} section="pijlers" title="Pijlers en doelen" now={props.now}>
      <h1>Pijlers en doelen</h1>
      {overview.pillars.length ? null : <p class="muted">Er zijn nog geen pijlers.</p>}
      {overview.pillars.map((pillar) => {
        const actions = overview.actions.filter((a) => a.pillarId === pillar.id);
        const withoutGoal = actions.filter((a) => !a.goalId || !pillar.goals.some((g) => g.id === a.goalId));
        return (
          <section aria-labelledby={`pijler-${pillar.id}`}>
            <h2 id={`pijler-${pillar.id}`}>{pillar.name}</h2>
            <p class="muted">{countLine(actions)}</p>
            {pillar.goals.map((goal) => (
              <Goal token={token} title={`Doel: ${goal.title}`} intendedReach={goal.intendedReach} actions={actions.filter((a) => a.goalId === goal.id)} />
            ))}
            {withoutGoal.length ? <Goal token={token} title="Zonder doel" intendedReach={null} actions={withoutGoal} /> : null}
          </section>
        );
      })}
      {loose.length ? (
        <section aria-labelledby="pijler-geen">
          <h2 id="pijler-geen">{NO_PILLAR}</h2>
          <Goal token={token} title="Acties" intendedReach={null} actions={loose} />
        </section>
      ) : null}
    </Page>
  );
}

function Goal(props: { token: string; title: string; intendedReach: number | null; actions: OverviewAction[] }) {
  const intended = props.intendedReach ?? sum(props.actions.map((a) => a.reachIntended));
  const reached = sum(props.actions.map((a) => a.reachReached));
  return (
    <div class="card">
      <h3>{props.title}</h3>
      <p>
        Bereik: {formatNumber(reached)} van {intended ? formatNumber(intended) : "– (geen doel gesteld)"}
        {intended ? (
          <>
            {" "}
            <progress max={intended} value={Math.min(reached, intended)} aria-label={`Bereik ${props.title}`}>
              {Math.round((100 * reached) / intended)}%
            </progress>
          </>
        ) : null}
      </p>
      {props.actions.length ? (
        <ul class="plain">
          {props.actions.map((a) => (
            <li>
              <a href={overviewPath(props.token, `acties/${a.id}`)}>{a.title}</a> — {STATUS_LABELS[a.status] ?? a.status}
              {a.reachIntended !== null || a.reachReached !== null ? `, bereik ${formatNumber(a.reachReached)} van ${formatNumber(a.reachIntended)}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nog geen acties bij dit doel.</p>
      )}
    </div>
  );
}

function countLine(actions: OverviewAction[]): string {
  if (!actions.length) return "Nog geen acties.";
  const parts = ["bezig", "gepland", "klaar", "geparkeerd", "gestopt"]
    .map((s) => [s, actions.filter((a) => a.status === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => `${n} ${s}`);
  return `${actions.length} ${actions.length === 1 ? "actie" : "acties"}: ${parts.join(", ")}.`;
}

function sum(values: (number | null)[]): number {
  return values.reduce<number>((n, v) => n + (v ?? 0), 0);
}
