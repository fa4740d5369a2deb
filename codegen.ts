import type { CodegenConfig } from "@graphql-codegen/cli";

const typedDocuments = {
  // typescript-operations 6 writes the enum and input types an operation uses itself; with the
  // `typescript` plugin too, each enum was declared twice and the file did not type-check.
  plugins: ["typescript-operations", "typed-document-node"],
  config: { scalars: { DateTimeISO: "string" }, useTypeImports: true },
};

// `npm run codegen`: the SDL (printed from the type-graphql classes by `npm run schema`)
// and typed documents for the example operations and for the example portal's own.
const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "examples/generated/operations.ts": { documents: "examples/*.graphql", ...typedDocuments },
    "examples/portal/generated/operations.ts": { documents: "examples/portal/*.graphql", ...typedDocuments },
  },
};

export default config;
