import { Page } from "../layout.tsx";
import { overviewPath } from "../public-url.ts";
import type { MeetingOverview } from "../../services/get-meeting-overview.ts";
import { formatDay, formatMoment } from "../../render/format.ts";

const KIND_LABELS: Record<string, string> = { besluit: "ter besluitvorming", bespreking: "ter bespreking", informatie: "ter informatie" };

export function MeetingPage(props: { token: string; wijkName: string; meetings: MeetingOverview; now: Date }) {
  const { next, decisions } = props.meetings;
  return (
    <Page token={props.token} wijkName={props.wijkName} section="vergadering" title="Vergadering" now={props.now}>
      <h1>Volgende vergadering</h1>
      {next ? (
        <>
          <p>
            <time datetime={next.startsAt.toISOString()}>{formatMoment(next.startsAt, props.now)}</time>
            {next.place ? `, ${next.place}` : ""}
          </p>
          <h2>Agenda</h2>
          {next.items.length ? (
            <ol>
              {next.items.map((item) => (
                <li>
                  {item.text} <span class="muted">({KIND_LABELS[item.kind] ?? item.kind}{item.status === "uitgesteld" ? ", uitgesteld" : ""})</span>
                  {item.actionId ? (
                    <>
                      {" "}
                      — actie <a href={overviewPath(props.token, `acties/${item.actionId}`)}>{item.actionTitle}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">Er staan nog geen punten op de agenda.</p>
          )}
        </>
      ) : (
        <p class="muted">Er is nog geen volgende vergadering gepland.</p>
      )}
      <h2>Besluiten</h2>
      {decisions.length ? (
        <ul class="plain">
          {decisions.map((d) => (
            <li>
              <time datetime={(d.meetingAt ?? d.at).toISOString()}>{formatDay(d.meetingAt ?? d.at, props.now)}</time>: {d.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Er zijn nog geen besluiten vastgelegd.</p>
      )}
    </Page>
  );
}
