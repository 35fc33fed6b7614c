/** The port the web overview and the platforms' webhooks listen on when none is set. */
export const DEFAULT_HTTP_PORT = 3978;
