/**
 * Layer rules, bottom to top: config.ts / paths.ts, observability/, auth/, sources/, schema/, resolvers/,
 * server/, then seed/. A module imports only from its own layer or below, and no import
 * cycle exists — type-only imports included, since they tie the layers as much as values do.
 */
const LAYERS = ["(config|paths)\\.ts$", "observability/", "auth/", "sources/", "schema/", "resolvers/", "server/", "seed/"];

const above = (i) => LAYERS.slice(i + 1).map((layer) => `^src/${layer}`);

module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "Import cycles (type-only imports included) make the layers meaningless.",
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `no-upward-from-${layer.replace(/[^a-z]/g, "") || "config"}`,
      severity: "error",
      comment: `src/${layer} may import only from its own layer or below`,
      from: { path: `^src/${layer}` },
      to: { path: above(i) },
    })),
    {
      name: "centre-reads-through-scope",
      severity: "error",
      comment: "A centre's reads and indicators reach its rows only through ScopedRows, which adds the row scope from the entity's description.",
      from: { path: "^src/sources/(?!common/|registry/)[^/]+/(reads|indicators)\\.ts$" },
      to: { path: "^src/sources/common/(select|keyset|entity|visibility)\\.ts$", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    includeOnly: "^src/",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
