/**
 * The pages a browser opens: the playground at {@code /}, the operator's view, the API reference at
 * {@code /docs} (Swagger UI from its webjar, and each dialect's calls in curl, Python and
 * JavaScript) and Reelgate's own {@code /reelgate/v1} extensions they call (tasks of a key,
 * models, prices, the operator's overview, metrics), with their own OpenAPI document. It may use
 * every server package below the wiring ({@code dialect} for the docs and the task shapes, {@code
 * task}, {@code store}, {@code keys}, {@code billing}, {@code http}, {@code links}, {@code upstream}
 * for the routes' health).
 */
package io.reelgate.server.pages;
