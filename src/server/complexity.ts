import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** Items assumed for a list field that takes no `first`: lists without it are short (a grid's workers, an event's history). */
const UNBOUNDED_LIST_ITEMS = 10;
const MAX_PAGE = 100;

export interface Complexity {
  /** Deepest nesting of fields. */
  depth: number;
  /** Fields the operation may resolve, with list sizes multiplied in (`first`, or 10 for short lists). */
  cost: number;
}

/** How many items `first` asks for, between 0 and the largest page: a negative one is refused when its field runs, so it stands for nothing, never less. */
const items = (value: number): number => Math.max(0, Math.min(value, MAX_PAGE));

function argumentNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  // Beyond the largest page (100) `first` is refused anyway, with its own error.
  if (value.kind === Kind.INT) return items(Number(value.value));
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" ? items(v) : undefined;
  }
  return undefined;
}

/** The operation's variables as it will run: the request's values over the defaults its variable definitions declare. */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const fallback = definition.defaultValue;
    if (fallback?.kind === Kind.INT) values[definition.variable.name.value] = Number(fallback.value);
  }
  return { ...values, ...variables };
}

/** `first` of a field as it will run: the argument given, else the field's own default (a connection's 20). */
function firstOf(field: GraphQLField<unknown, unknown>, selection: FieldNode, variables: Record<string, unknown>): number | undefined {
  const given = selection.arguments?.find((a) => a.name.value === "first");
  if (given) return argumentNumber(given.value, variables);
  const fallback = field.args.find((a) => a.name === "first")?.defaultValue;
  return typeof fallback === "number" ? items(fallback) : undefined;
}

/**
 * Depth and cost of one operation, before it runs. A connection or list multiplies the cost
 * of what is selected under it by the items it may return, so `communities(first: 100) {
 * grids { events(first: 100) { … } } }` costs what it may really fetch.
 */
export function complexityOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, requestVariables: Record<string, unknown> = {}): Complexity {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return { depth: 0, cost: 0 };
  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { depth: 0, cost: 0 };
  const variables = withDefaults(operation, requestVariables);

  // `paged`: the parent field took `first`, which already counts its connection's edges.
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, seen: ReadonlySet<string>, paged = false): Complexity => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) {
          cost += 1;
          continue;
        }
        const field: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isAbstractType(parent) ? (parent as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }).getFields?.()[selection.name.value] : undefined;
        if (!field || !selection.selectionSet) {
          cost += 1;
          depth = Math.max(depth, 1);
          continue;
        }
        const first = firstOf(field, selection, variables);
        const list = isListType(getNullableType(field.type));
        const items = first ?? (list && !(paged && selection.name.value === "edges") ? UNBOUNDED_LIST_ITEMS : 1);
        const inner = walk(selection.selectionSet, getNamedType(field.type), seen, first !== undefined);
        cost += 1 + items * inner.cost;
        depth = Math.max(depth, 1 + inner.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
        const inner = walk(selection.selectionSet, type, seen, paged);
        cost += inner.cost;
        depth = Math.max(depth, inner.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment that spreads itself is refused by validation; stop rather than loop.
        if (!fragment || seen.has(name)) continue;
        const inner = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, new Set([...seen, name]), paged);
        cost += inner.cost;
        depth = Math.max(depth, inner.depth);
      }
    }
    return { depth, cost };
  };
  return walk(operation.selectionSet, root, new Set());
}
