import { Page, fill } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { ChartFigure } from "../chart.tsx";
import { YearForm } from "./progress.tsx";
import type { ReportBlock, ReportDocument } from "../../render/report-document.ts";

/** The yearly monitor as a web page: the same blocks as the PDF and the Word file, with links to both. */
export function ReportPage(props: { ctx: PageContext; wijkName: string; year: number; document: ReportDocument; now: Date }) {
  const { ctx, document, year } = props;
  const { t } = ctx;
  const query = `?jaar=${year}`;
  return (
    <Page ctx={ctx} wijkName={props.wijkName} section="rapport" title={document.cover.title} now={props.now}>
      <h1>{document.cover.title}</h1>
      <p>{document.cover.subtitle}</p>
      <p class="muted">{document.cover.madeOn}</p>
      <p>
        {fill(t("report.web.download"), {
          pdf: <a href={ctx.link(`rapport.pdf${query}`)}>{t("report.web.pdf")}</a>,
          docx: <a href={ctx.link(`rapport.docx${query}`)}>{t("report.web.docx")}</a>,
        })}
      </p>
      <YearForm ctx={ctx} path="rapport" year={year} label={t("web.progress.otherYear")} />
      {document.blocks.map((block) => (
        <Block block={block} ctx={ctx} />
      ))}
    </Page>
  );
}

function Block(props: { block: ReportBlock; ctx: PageContext }) {
  const { block, ctx } = props;
  switch (block.kind) {
    // The page's h1 is the cover title, so the document's levels move one down.
    case "heading":
      return block.level === 1 ? <h2>{block.text}</h2> : block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
    case "paragraph":
      return <p>{block.text}</p>;
    case "list":
      return (
        <ul class="plain">
          {block.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      );
    case "table":
      return (
        <div class="table-wrap" tabindex={0} role="region" aria-label={block.columns.join(", ")}>
          <table>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr>
                  {row.map((cell) => (
                    <td>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "chart":
      return <ChartFigure chart={block.chart} t={ctx.t} />;
  }
}
