// The API reference at /docs: Swagger UI (served from the jar) over the document chosen in the
// list, and the copy buttons of the examples. Every request a reader tries goes to this server,
// whatever a document's server list says, so the page works offline and sends nothing elsewhere.
(function () {
  "use strict";
  const chooser = document.getElementById("document");
  const copyStatus = document.getElementById("copy-status");

  function keepOnThisServer(request) {
    const url = new URL(request.url, window.location.href);
    if (url.origin !== window.location.origin) {
      request.url = window.location.origin + url.pathname + url.search;
    }
    return request;
  }

  // Swagger UI's list of servers has no label of its own; a screen reader would announce a bare list.
  function labelServers() {
    const servers = document.getElementById("servers");
    if (servers) servers.setAttribute("aria-label", "Servers");
  }

  // An opened operation's parameters that are lists (booleans, enums) come as unlabelled selects:
  // each gets its parameter's name, as its text field would have.
  function labelParameterLists() {
    document.querySelectorAll("#swagger-ui tr[data-param-name] select:not([aria-label])").forEach((select) => {
      select.setAttribute("aria-label", select.closest("tr").dataset.paramName);
    });
  }
  new MutationObserver(labelParameterLists).observe(document.getElementById("swagger-ui"), { childList: true, subtree: true });

  function show(documentUrl) {
    window.SwaggerUIBundle({
      url: documentUrl,
      dom_id: "#swagger-ui",
      validatorUrl: null, // the default badge asks an outside validator
      requestInterceptor: keepOnThisServer,
      onComplete: labelServers,
    });
  }

  chooser.addEventListener("change", () => show(chooser.value));
  show(chooser.value);

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-copy]");
    if (!button) return;
    const code = document.getElementById(button.dataset.copy); // the region around the code
    try {
      await navigator.clipboard.writeText(code.textContent);
      copyStatus.textContent = button.textContent + ": copied";
    } catch (error) {
      // Without clipboard access (e.g. over plain HTTP from another host), select it to copy by hand.
      window.getSelection().selectAllChildren(code);
      copyStatus.textContent = "Selected; copy it with your keyboard";
    }
  });
})();
