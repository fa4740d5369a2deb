import type { CodegenConfig } from "@graphql-codegen/cli";

// `npm run codegen`: the SDL (printed from the type-graphql classes by `npm run schema`)
// and typed documents for the example operations.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: "examples/*.graphql",
  generates: {
    "examples/generated/operations.ts": {
      plugins: ["typescript", "typescript-operations", "typed-document-node"],
      config: { scalars: { DateTimeISO: "string" }, useTypeImports: true },
    },
  },
};

export default config;
