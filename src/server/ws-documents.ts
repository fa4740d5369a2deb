import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";

/** Distinct documents kept; thousands of dashboards send the same few. */
const MAX_DOCUMENTS = 500;

/**
 * Parse and validation for operations over WebSocket, once per distinct document text: a
 * subscriber's operation is otherwise parsed and validated anew for every connection, and
 * each keeps its own copy of the same syntax tree for as long as it stays subscribed.
 */
export function documentCache(schema: GraphQLSchema): { parse: typeof parse; validate: typeof validate } {
  const documents = new Map<string, DocumentNode>();
  const validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    parse: (source, options) => {
      if (typeof source !== "string" || options) return parse(source, options);
      const known = documents.get(source);
      if (known) return known;
      let document: DocumentNode;
      try {
        document = parse(source);
      } catch (error) {
        // graphql-ws answers an exception from parse by closing the socket with 4500, every
        // other subscription on it included. An empty document stands in for the text, and
        // its validation reports the syntax error as this operation's error instead.
        if (!(error instanceof GraphQLError)) throw error;
        const unparsed: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };
        validated.set(unparsed, [new GraphQLError(error.message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })]);
        return unparsed;
      }
      if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
      documents.set(source, document);
      return document;
    },
    validate: (against, document, rules, options, typeInfo) => {
      if (against !== schema || rules || options || typeInfo) return validate(against, document, rules, options, typeInfo);
      let errors = validated.get(document);
      if (!errors) {
        errors = validateOrRefuse(against, document);
        validated.set(document, errors);
      }
      return errors;
    },
  };
}

/**
 * graphql-js validation, with what it throws instead of reporting turned into a validation
 * error: SingleFieldSubscriptionsRule evaluates `@include(if: $v)` on a subscription's root
 * without variables and throws, which graphql-ws would answer by closing the socket with 4500.
 */
function validateOrRefuse(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  try {
    return validate(schema, document);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })];
  }
}
