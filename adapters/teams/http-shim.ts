import type { CloudAdapter, TurnContext } from "botbuilder";

/**
 * botbuilder's CloudAdapter speaks Express/Restify request/response objects; the bot's
 * HTTP server is Hono (fetch Request/Response). This shim translates between the two,
 * so the real CloudAdapter — authentication included — handles POST /api/messages.
 */
export async function processBotRequest(
  adapter: CloudAdapter,
  request: Request,
  logic: (context: TurnContext) => Promise<void>,
): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return new Response("Verwacht een JSON-activity.", { status: 400 });
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));

  let status = 200;
  const outHeaders = new Headers();
  let payload: string | undefined;
  const response = {
    status(code: number) {
      status = code;
      return response;
    },
    header(name: string, value: unknown) {
      outHeaders.set(name, String(value));
      return response;
    },
    send(data?: unknown) {
      if (data === undefined) return response;
      if (typeof data === "string") payload = data;
      else {
        payload = JSON.stringify(data);
        outHeaders.set("content-type", "application/json");
      }
      return response;
    },
    end() {
      return response;
    },
  };
  const shimRequest = { body, headers, method: request.method };
  await adapter.process(shimRequest as never, response as never, logic);
  return new Response(payload ?? null, { status, headers: outHeaders });
}
