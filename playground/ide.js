// The playground's wiring: queries and mutations are POSTed to /graphql, subscriptions run over
// the same path's WebSocket (graphql-ws); both carry the Authorization header written in the
// Headers editor. Everything it loads comes from the API's own origin (see src/server/playground.ts).
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var endpoint = new URL("/graphql", window.location.href).href;
  var sockets = {};

  /** One WebSocket client per token: a socket's token is fixed when it opens. */
  function socketFor(authorization) {
    var key = authorization || "";
    if (!sockets[key]) {
      sockets[key] = window.graphqlWs.createClient({
        url: endpoint.replace(/^http/, "ws"),
        lazy: true,
        connectionParams: authorization ? { authorization: authorization } : {},
      });
    }
    return sockets[key];
  }

  function header(headers, name) {
    for (var key in headers || {}) if (key.toLowerCase() === name) return headers[key];
    return undefined;
  }

  function isSubscription(document, operationName) {
    var operations = (document && document.definitions ? document.definitions : []).filter(function (d) {
      return d.kind === "OperationDefinition";
    });
    var chosen = operationName
      ? operations.filter(function (d) { return d.name && d.name.value === operationName; })[0]
      : operations[0];
    return Boolean(chosen && chosen.operation === "subscription");
  }

  function fetcher(params, options) {
    var headers = (options && options.headers) || {};
    if (options && isSubscription(options.documentAST, params.operationName)) {
      return socketFor(header(headers, "authorization")).iterate(params);
    }
    return fetch(endpoint, {
      method: "POST",
      headers: Object.assign({ "content-type": "application/json", accept: "application/json" }, headers),
      body: JSON.stringify(params),
    }).then(function (response) {
      return response.json();
    });
  }

  var welcome =
    "# gongzhi (共治): one GraphQL API over the party-mass service, civilisation practice and\n" +
    "# comprehensive governance centres. The other tabs hold the example operations.\n" +
    "#\n" +
    "# Without a token you see the public data. With one, put it in Headers below:\n" +
    '#   { "Authorization": "Bearer <token>" }   (a development token: npm run token -- --role admin)\n' +
    "# Subscriptions run over this page's WebSocket with the same header.\n" +
    "\n" +
    "query Welcome {\n  venues(first: 3) { totalCount edges { node { name kind communityCode } } }\n}\n";

  var tabs = [{ query: welcome }].concat(
    examples.map(function (example) {
      return { query: example.query, variables: example.variables };
    }),
  );

  ReactDOM.createRoot(document.getElementById("ide")).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultHeaders: "{}",
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: "headers",
    }),
  );
})();
