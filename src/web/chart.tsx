import { raw } from "hono/html";
import type { Chart } from "../render/charts.ts";
import type { Translate } from "../i18n/index.ts";

/**
 * A chart on a page: its title, the SVG drawn on the server (hidden from screen readers),
 * the sentence that says what it shows, and the same figures as a visually hidden table.
 * No script and no extra request: the SVG is part of the page.
 */
export function ChartFigure(props: { chart: Chart; t: Translate }) {
  const { chart, t } = props;
  return (
    // The figcaption names the figure by itself; no aria-labelledby, so the chart's title is not taken for a form label.
    <figure class="chart" id={`grafiek-${chart.id}`}>
      <figcaption>
        <strong>{chart.title}</strong>
      </figcaption>
      {chart.svg ? raw(chart.svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ')) : null}
      <p>{chart.sentence}</p>
      {/* The hiding box wraps the table: a table does not shrink to 1 px itself and would widen the page. */}
      {chart.table.rows.length ? (
        <div class="vh">
          <table>
            <caption>{t("chart.tableCaption", { title: chart.title })}</caption>
            <thead>
              <tr>
                {chart.table.columns.map((c) => (
                  <th scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((row) => (
                <tr>
                  {row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
