import { Page } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import type { OverviewAction, WijkOverview } from "../../services/get-web-board.ts";
import { formatMoney } from "../../render/format.ts";
import { ChartFigure } from "../chart.tsx";
import { overviewBudgetChart } from "../../render/overview-charts.ts";

/** Planned vs spent per pillar and per action, with totals. */
export function FinancesPage(props: { ctx: PageContext; overview: WijkOverview; now: Date }) {
  const { ctx, overview } = props;
  const { t, lang } = ctx;
  const money = (cents: number | null) => formatMoney(cents, lang);
  const loose = overview.actions.filter((a) => !a.pillarId);
  const groups = [
    ...overview.pillars.map((p) => ({ name: p.name, actions: overview.actions.filter((a) => a.pillarId === p.id) })),
    ...(loose.length ? [{ name: t("board.noPillar"), actions: loose }] : []),
  ];
  const total = totals(overview.actions);
  const title = t("web.nav.finances");
  return (
    <Page ctx={ctx} wijkName={overview.wijk.name} section="financien" title={title} now={props.now}>
      <h1>{title}</h1>
      <ChartFigure chart={overviewBudgetChart(overview, ctx)} t={t} />
      <div class="table-wrap" tabindex={0} role="region" aria-label={t("web.finances.byPillarLabel")}>
        <table>
          <caption>{t("web.finances.byPillar")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("web.pillar")}</th>
              <th scope="col" class="num">{t("web.finances.planned")}</th>
              <th scope="col" class="num">{t("web.finances.spent")}</th>
              <th scope="col" class="num">{t("web.finances.remaining")}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const sums = totals(g.actions);
              return (
                <tr>
                  <th scope="row">{g.name}</th>
                  <td class="num">{money(sums.planned)}</td>
                  <td class="num">{money(sums.spent)}</td>
                  <td class="num">{money(sums.planned - sums.spent)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("web.finances.total")}</th>
              <td class="num">{money(total.planned)}</td>
              <td class="num">{money(total.spent)}</td>
              <td class="num">{money(total.planned - total.spent)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h2>{t("web.finances.byAction")}</h2>
      {groups.map((g) => {
        const withMoney = g.actions.filter((a) => a.budgetPlannedCents !== null || a.budgetSpentCents !== null);
        return (
          <div class="table-wrap" tabindex={0} role="region" aria-label={t("web.finances.pillarLabel", { pillar: g.name })}>
            <table>
              <caption>{g.name}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("web.finances.action")}</th>
                  <th scope="col" class="num">{t("web.finances.planned")}</th>
                  <th scope="col" class="num">{t("web.finances.spent")}</th>
                </tr>
              </thead>
              <tbody>
                {withMoney.length ? (
                  withMoney.map((a) => (
                    <tr>
                      <th scope="row">
                        <a href={ctx.link(`acties/${a.id}`)}>{a.title}</a>
                      </th>
                      <td class="num">{money(a.budgetPlannedCents)}</td>
                      <td class="num">{money(a.budgetSpentCents)}</td>
                    </tr>
                  ))
                ) : (
                  <tr>
                    <td colspan={3} class="muted">
                      {t("web.finances.noAmounts")}
                    </td>
                  </tr>
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("web.finances.pillarTotal", { pillar: g.name })}</th>
                  <td class="num">{money(totals(g.actions).planned)}</td>
                  <td class="num">{money(totals(g.actions).spent)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        );
      })}
      <p class="muted">{t("web.finances.note", { zero: money(0) })}</p>
    </Page>
  );
}

function totals(actions: readonly OverviewAction[]): { planned: number; spent: number } {
  return {
    planned: actions.reduce((n, a) => n + (a.budgetPlannedCents ?? 0), 0),
    spent: actions.reduce((n, a) => n + (a.budgetSpentCents ?? 0), 0),
  };
}
