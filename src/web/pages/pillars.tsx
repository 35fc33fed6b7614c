import { Page, statusTitle } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import type { OverviewAction, WijkOverview } from "../../services/get-web-board.ts";
import { describeActionCounts } from "../../render/action-counts.ts";
import { formatNumber } from "../../render/format.ts";
import { ChartFigure } from "../chart.tsx";
import { overviewReachCharts, overviewStatusChart } from "../../render/overview-charts.ts";

/** Each pillar with its goals; per goal its actions and reached vs intended reach. */
export function PillarsPage(props: { ctx: PageContext; overview: WijkOverview; now: Date }) {
  const { ctx, overview } = props;
  const { t } = ctx;
  const loose = overview.actions.filter((a) => !a.pillarId);
  const title = t("web.nav.pillars");
  const reach = overviewReachCharts(overview, ctx);
  return (
    <Page ctx={ctx} wijkName={overview.wijk.name} section="pijlers" title={title} now={props.now}>
      <h1>{title}</h1>
      <section aria-labelledby="in-een-oogopslag">
        <h2 id="in-een-oogopslag">{t("web.glance")}</h2>
        <ChartFigure chart={overviewStatusChart(overview, ctx)} t={t} />
        <ChartFigure chart={reach.byPillar} t={t} />
        <ChartFigure chart={reach.byGoal} t={t} />
      </section>
      {overview.pillars.length ? null : <p class="muted">{t("web.pillars.none")}</p>}
      {overview.pillars.map((pillar) => {
        const actions = overview.actions.filter((a) => a.pillarId === pillar.id);
        const withoutGoal = actions.filter((a) => !a.goalId || !pillar.goals.some((g) => g.id === a.goalId));
        return (
          <section aria-labelledby={`pijler-${pillar.id}`}>
            <h2 id={`pijler-${pillar.id}`}>{pillar.name}</h2>
            <p class="muted">{actions.length ? describeActionCounts(actions.map((a) => a.status), t) : t("web.noActionsYet")}</p>
            {pillar.goals.map((goal) => (
              <Goal
                ctx={ctx}
                title={t("web.goalTitle", { goal: goal.title })}
                intendedReach={goal.intendedReach}
                actions={actions.filter((a) => a.goalId === goal.id)}
              />
            ))}
            {withoutGoal.length ? <Goal ctx={ctx} title={t("web.noGoal")} intendedReach={null} actions={withoutGoal} /> : null}
          </section>
        );
      })}
      {loose.length ? (
        <section aria-labelledby="pijler-geen">
          <h2 id="pijler-geen">{t("board.noPillar")}</h2>
          <Goal ctx={ctx} title={t("web.pillars.actions")} intendedReach={null} actions={loose} />
        </section>
      ) : null}
    </Page>
  );
}

function Goal(props: { ctx: PageContext; title: string; intendedReach: number | null; actions: OverviewAction[] }) {
  const { ctx } = props;
  const { t, lang } = ctx;
  const intended = props.intendedReach ?? sum(props.actions.map((a) => a.reachIntended));
  const reached = sum(props.actions.map((a) => a.reachReached));
  return (
    <div class="card">
      <h3>{props.title}</h3>
      <p>
        {t("web.pillars.reach", { reached: formatNumber(reached, lang), intended: intended ? formatNumber(intended, lang) : t("web.pillars.noTarget") })}
        {intended ? (
          <>
            {" "}
            <progress max={intended} value={Math.min(reached, intended)} aria-label={t("web.pillars.reachOf", { goal: props.title })}>
              {Math.round((100 * reached) / intended)}%
            </progress>
          </>
        ) : null}
      </p>
      {props.actions.length ? (
        <ul class="plain">
          {props.actions.map((a) => (
            <li>
              <a href={ctx.link(`acties/${a.id}`)}>{a.title}</a> — {statusTitle(a.status, ctx)}
              {a.reachIntended !== null || a.reachReached !== null
                ? t("web.pillars.actionReach", { reached: formatNumber(a.reachReached, lang), intended: formatNumber(a.reachIntended, lang) })
                : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("web.pillars.noActionsGoal")}</p>
      )}
    </div>
  );
}

function sum(values: (number | null)[]): number {
  return values.reduce<number>((n, v) => n + (v ?? 0), 0);
}
