import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from "graphql";

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
      const document = parse(source);
      if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
      documents.set(source, document);
      return document;
    },
    validate: (against, document, rules, options, typeInfo) => {
      if (against !== schema || rules || options || typeInfo) return validate(against, document, rules, options, typeInfo);
      let errors = validated.get(document);
      if (!errors) {
        errors = validate(against, document);
        validated.set(document, errors);
      }
      return errors;
    },
  };
}
