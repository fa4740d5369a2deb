import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { Random } from "../src/seed/random.js";
import type { Known } from "./known.js";
import { literal } from "./literal.js";
import { planDates, valueFor, type ValueContext } from "./values.js";

export type Kind = "query" | "mutation" | "subscription" | "malformed";

export interface RequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** One generated request: what it is, who sends it, how, and the body (a raw string when the body itself is malformed). */
export interface FuzzCase {
  seed: number;
  index: number;
  kind: Kind;
  /** The principal's name (see principals.ts). */
  principal: string;
  hostile: boolean;
  transport: "http" | "ws";
  body: RequestBody | string;
  /** The root fields the operation selects (none for a malformed body). */
  fields: string[];
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  known: Known;
  /** Names of the principals, with how often each sends a document. */
  principals: readonly (readonly [string, number])[];
  /** The run's reference time (ms): dates are placed around it. */
  now: number;
  /** Principals who may write somewhere: half the mutations are theirs, so that writes get past the door. */
  writers: readonly string[];
}

/** The stream of document `index` under `seed`: each document can be made again on its own. */
export function streamFor(seed: number, index: number): Random {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return new Random(h ^ (h >>> 15));
}

/** Writes one operation: arguments (inline or as variables), selections, aliases, fragments and directives. */
class OperationWriter {
  readonly declarations: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly fragments: string[] = [];
  private names = 0;
  /** Deep mode: one composite field per level, far past the limits. */
  readonly deep: boolean;
  readonly maxDepth: number;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly c: ValueContext,
    private readonly hostile: boolean,
  ) {
    const { r } = c;
    this.deep = hostile && r.chance(0.12);
    this.maxDepth = this.deep ? r.int(8, 24) : r.int(2, 4);
  }

  private get r(): Random {
    return this.c.r;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  private argument(arg: GraphQLArgument, rootField: string): string {
    const value = valueFor(this.c, arg.type, { name: arg.name, rootField }, planDates(this.r));
    if (!this.r.chance(0.35)) return `${arg.name}: ${literal(value, arg.type)}`;
    const name = this.fresh("v");
    const declared = this.hostile && this.r.chance(0.08) ? this.r.pick(["String", "Int!", "[ID!]!", "Boolean", "Unknown", "DateTimeISO"]) : String(arg.type);
    this.declarations.push(`$${name}: ${declared}`);
    if (!(this.hostile && this.r.chance(0.05))) this.variables[name] = value;
    return `${arg.name}: $${name}`;
  }

  private args(field: GraphQLField<unknown, unknown>, rootField: string): string {
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required && this.hostile && this.r.chance(0.04)) continue;
      if (required || this.r.chance(arg.name === "first" ? 0.85 : 0.35)) parts.push(this.argument(arg, rootField));
    }
    if (this.hostile && this.r.chance(0.04)) parts.push(`bogus: ${this.r.int(0, 9)}`);
    return parts.length > 0 ? `(${parts.join(", ")})` : "";
  }

  private directives(): string {
    const { r } = this;
    if (!r.chance(0.06)) return "";
    if (this.hostile && r.chance(0.4)) return r.pick([" @bogus", " @include", " @deprecated", " @skip(if: 1)", " @include(if: true) @include(if: false)"]);
    return r.pick([` @include(if: ${r.chance(0.5)})`, ` @skip(if: ${r.chance(0.5)})`]);
  }

  /** A field with its alias, arguments, directives and selection. */
  field(field: GraphQLField<unknown, unknown>, depth: number, rootField: string): string {
    const alias = this.r.chance(0.1) ? `${this.fresh("a")}: ` : "";
    const sub = this.selection(field.type, depth + 1, rootField);
    return `${alias}${field.name}${this.args(field, rootField)}${this.directives()}${sub ? ` { ${sub} }` : ""}`;
  }

  /** The selection set for a field's type, empty for a leaf. */
  selection(type: GraphQLOutputType, depth: number, rootField: string): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return "";
    const { r } = this;
    if (depth >= this.maxDepth) return "__typename";
    const parts: string[] = [];
    if (isAbstractType(named)) {
      parts.push("__typename");
      if (isInterfaceType(named)) parts.push(...this.fieldsOf(named.getFields(), depth, rootField, r.int(0, 2)));
      for (const possible of r.sample(this.schema.getPossibleTypes(named), r.int(1, 2))) parts.push(`... on ${possible.name} { ${this.objectSelection(possible, depth, rootField)} }`);
    } else if (isObjectType(named)) {
      if (r.chance(0.08)) {
        // A named fragment, spread here.
        const name = this.fresh("F");
        this.fragments.push(`fragment ${name} on ${named.name} { ${this.objectSelection(named, depth, rootField)} }`);
        parts.push(`...${name}`);
      } else parts.push(this.objectSelection(named, depth, rootField));
    }
    if (this.hostile && r.chance(0.04)) parts.push(r.pick(["bogusField", "__type(name: 1) { name }", "id(x: 1)", "... on Bogus { id }"]));
    return parts.join(" ");
  }

  private objectSelection(type: GraphQLObjectType, depth: number, rootField: string): string {
    const fields = type.getFields();
    if (this.deep) {
      const composite = Object.values(fields).filter((f) => !isLeafType(getNamedType(f.type)));
      if (composite.length > 0) return this.field(this.r.pick(composite), depth, rootField);
    }
    const parts = this.fieldsOf(fields, depth, rootField, this.r.int(1, 4));
    if (this.r.chance(0.15)) parts.push("__typename");
    return parts.length > 0 ? parts.join(" ") : "__typename";
  }

  private fieldsOf(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number, rootField: string, count: number): string[] {
    return this.r.sample(Object.values(fields), count).map((f) => this.field(f, depth, rootField));
  }
}

function rootType(schema: GraphQLSchema, kind: "query" | "mutation" | "subscription"): GraphQLObjectType {
  const type = kind === "query" ? schema.getQueryType() : kind === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  if (!type) throw new Error(`the schema has no ${kind} type`);
  return type;
}

/** A document of one operation of `kind`, with its variables and operation name. */
function operation(options: GeneratorOptions, c: ValueContext, kind: "query" | "mutation" | "subscription", hostile: boolean): { body: RequestBody; fields: string[] } {
  const { r } = c;
  const writer = new OperationWriter(options.schema, c, hostile);
  const root = rootType(options.schema, kind);
  const count = kind === "subscription" ? (hostile && r.chance(0.05) ? 2 : 1) : r.weighted([
    [1, 8],
    [2, 1],
    [3, kind === "query" ? 1 : 0],
  ] as const);
  const fields = r.sample(Object.values(root.getFields()), count);
  const selections = fields.map((f) => writer.field(f, 0, f.name));
  const named = r.chance(0.5);
  const name = named ? `Fuzz${r.int(0, 9999)}` : "";
  const header = writer.declarations.length > 0 || named ? `${kind} ${name}${writer.declarations.length > 0 ? `(${writer.declarations.join(", ")})` : ""} ` : kind === "query" && r.chance(0.5) ? "" : `${kind} `;
  let query = `${header}{ ${selections.join(" ")} }${writer.fragments.map((f) => ` ${f}`).join("")}`;
  let operationName: unknown = named && r.chance(0.7) ? name : undefined;
  if (hostile && r.chance(0.15)) {
    operationName = r.pick<unknown>(["Nope", "", 42, null, {}, ["Fuzz"], name.toLowerCase()]);
  }
  if (hostile && r.chance(0.04)) query += ` query Other { __typename }`;
  const body: RequestBody = { query };
  if (Object.keys(writer.variables).length > 0 || (hostile && r.chance(0.1))) {
    body.variables = hostile && r.chance(0.1) ? r.pick<unknown>(["{}", [1], 7, null, { bogus: 1 }]) : writer.variables;
  }
  if (operationName !== undefined) body.operationName = operationName;
  return { body, fields: fields.map((f) => f.name) };
}

/** Bodies that are wrong before any GraphQL runs: broken syntax, wrong JSON shapes, persisted-query hashes, deep nesting. */
function malformed(options: GeneratorOptions, c: ValueContext): RequestBody | string {
  const { r } = c;
  const valid = () => String(operation(options, { ...c, hostility: 0 }, "query", false).body.query);
  switch (r.int(0, 11)) {
    case 0: {
      const text = valid();
      return { query: text.slice(0, r.int(0, text.length - 1)) };
    }
    case 1:
      return { query: r.pick(["{ { } ] $ @", "query (", "}", "fragment on on on", "{ a(b: ) }", '{ "x" }', "\u0000{}", "{ node(id: \"\\uZZZZ\") { id } }"]) };
    case 2:
      return r.pick<RequestBody>([{}, { query: 123 }, { query: null }, { query: ["{ __typename }"] }, { query: { a: 1 } }]);
    case 3:
      return { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: r.pick(["0".repeat(64), "abc", ""]) } } };
    case 4:
      return { extensions: { persistedQuery: { version: r.pick([1, 2, "1"]), sha256Hash: "f".repeat(64) } } };
    case 5:
      return r.pick(["{", "[]", "null", "\"query\"", "not json", "{\"query\": \"{ __typename }\"", "[{\"query\": \"{ __typename }\"}]", ""]);
    case 6: {
      const depth = r.pick([50, 500, 3000]);
      return { query: `{ ${"communities { edges { node { ".repeat(depth)}code${" } } }".repeat(depth)} }` };
    }
    case 7: {
      const n = r.pick([100, 2000]);
      return { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(" ")} }` };
    }
    case 8:
      return { query: valid(), variables: r.pick<unknown>(["x", [], 1, true]) };
    case 9:
      return { query: `query($a: Int!) { __typename }`, variables: { a: r.pick<unknown>(["1", 1.5, null, 2 ** 40, {}]) } };
    case 10:
      return { query: `{ ${"...F ".repeat(r.int(1, 3))}} fragment F on Query { ...F }` };
    default:
      return { query: valid(), extensions: r.pick<unknown>([null, "x", { persistedQuery: null }, { persistedQuery: "x" }]) };
  }
}

/** Makes documents from the schema: the same seed and index always give the same case. */
export class Generator {
  constructor(private readonly options: GeneratorOptions) {}

  generate(seed: number, index: number): FuzzCase {
    const r = streamFor(seed, index);
    const kind = r.weighted<Kind>([
      ["query", 50],
      ["mutation", 32],
      ["subscription", 10],
      ["malformed", 8],
    ]);
    const principal = kind === "mutation" && this.options.writers.length > 0 && r.chance(0.5) ? r.pick(this.options.writers) : r.weighted(this.options.principals);
    const hostile = kind === "malformed" || r.chance(kind === "mutation" ? 0.2 : 0.3);
    const c: ValueContext = { r, known: this.options.known, now: this.options.now, hostility: hostile && kind !== "malformed" ? 0.25 : 0 };
    const { body, fields } = kind === "malformed" ? { body: malformed(this.options, c), fields: [] } : operation(this.options, c, kind, hostile);
    // Subscriptions over WebSocket (and a few over HTTP, to be refused); some queries and mutations over WebSocket too.
    const transport = kind === "subscription" ? (r.chance(0.05) ? "http" : "ws") : kind !== "malformed" && r.chance(0.05) ? "ws" : "http";
    return { seed, index, kind, principal, hostile, transport, body, fields };
  }
}
