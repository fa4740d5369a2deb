import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { complexityOf } from "../../src/server/complexity.js";

// A small schema shaped like the API's: keyset connections that take `first` (with a schema
// default), short lists without it, an interface, a union, and every root type.
const schema = buildSchema(`
  type Query {
    communities(first: Int! = 20, after: String): CommunityConnection!
    community(code: String!): Community
    node(id: ID!): Node
    search(text: String!): [SearchResult!]!
    tags: [String!]!
  }
  type Mutation { report(title: String!): Event! }
  type Subscription { eventChanged: Event! }
  interface Node { id: ID! }
  union SearchResult = Community | Event
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type CommunityConnection { totalCount: Int! pageInfo: PageInfo! edges: [CommunityEdge!]! }
  type CommunityEdge { cursor: String! node: Community! }
  type Community implements Node { id: ID! name: String! parent: Community grids: [Grid!]! events(first: Int! = 20, after: String): EventConnection! }
  type Grid implements Node { id: ID! code: String! workers: [Worker!]! events(first: Int! = 20, after: String): EventConnection! }
  type Worker { name: String! }
  type EventConnection { totalCount: Int! edges: [EventEdge!]! }
  type EventEdge { cursor: String! node: Event! }
  type Event implements Node { id: ID! title: String! history: [Step!]! }
  type Step { action: String! actor: String! }
`);

const of = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => complexityOf(schema, parse(query), operationName, variables);

describe("complexityOf", () => {
  it("counts each field once and each level of nesting", () => {
    expect(of(`{ community(code: "1") { id name } }`)).toEqual({ depth: 2, cost: 1 + 2 });
    expect(of(`{ community(code: "1") { parent { parent { parent { name } } } } }`)).toEqual({ depth: 5, cost: 5 });
  });

  it("does not multiply a list of scalars, which has nothing under it", () => {
    expect(of(`{ tags }`)).toEqual({ depth: 1, cost: 1 });
  });

  it("multiplies what is under a connection by its `first`, and does not count its edges again", () => {
    // edges { cursor node { id name } } = 1 + (1 + (1 + 2)) per item; totalCount 1.
    expect(of(`{ communities(first: 5) { totalCount edges { cursor node { id name } } } }`)).toEqual({ depth: 4, cost: 1 + 5 * (1 + (1 + (1 + (1 + 2)))) });
    expect(of(`{ communities(first: 1) { totalCount } }`).cost).toBe(2);
    expect(of(`{ communities(first: 100) { totalCount } }`).cost).toBe(101);
  });

  it("takes `first` from a variable", () => {
    const query = `query($n: Int!) { communities(first: $n) { edges { node { id } } } }`;
    expect(of(query, { n: 7 })).toEqual(of(`{ communities(first: 7) { edges { node { id } } } }`));
    expect(of(query, { n: 7 }).cost).toBe(1 + 7 * 3);
  });

  it("counts a `first` beyond the largest page as 100, the page it could at most return", () => {
    expect(of(`{ communities(first: 100000) { edges { node { id } } } }`)).toEqual(of(`{ communities(first: 100) { edges { node { id } } } }`));
    expect(of(`query($n: Int!) { communities(first: $n) { totalCount } }`, { n: 5000 }).cost).toBe(101);
  });

  it("assumes 10 items for a list without `first`", () => {
    expect(of(`{ community(code: "1") { grids { code } } }`)).toEqual({ depth: 3, cost: 1 + (1 + 10 * 1) });
    expect(of(`{ search(text: "x") { __typename } }`).cost).toBe(1 + 10 * 1);
  });

  it("multiplies nested lists and connections into what the operation may really fetch", () => {
    const history = 1 + 10 * 2; // history { action actor }
    const eventEdges = 1 + (1 + (1 + history)); // edges { node { id history } }
    const events = 1 + 40 * eventEdges; // events(first: 40)
    const grids = 1 + 10 * events; // grids: a short list
    const communityEdges = 1 + (1 + grids); // edges { node { grids } }
    const query = `{ communities(first: 30) { edges { node { grids { events(first: 40) { edges { node { id history { action actor } } } } } } } } }`;
    expect(of(query)).toEqual({ depth: 9, cost: 1 + 30 * communityEdges });
    expect(of(query).cost).toBeGreaterThan(200_000);
  });

  it("counts every alias of a field", () => {
    expect(of(`{ a: communities(first: 10) { totalCount } b: communities(first: 10) { totalCount } }`).cost).toBe(2 * (1 + 10));
  });

  it("counts named and inline fragments as the fields they spread, keeping a connection's edges paged", () => {
    const direct = of(`{ communities(first: 5) { edges { node { id name } } } }`);
    expect(of(`{ communities(first: 5) { ...Page } } fragment Page on CommunityConnection { edges { node { ...Names } } } fragment Names on Community { id name }`)).toEqual(direct);
    expect(of(`{ communities(first: 5) { ... on CommunityConnection { edges { node { ... { id name } } } } } }`)).toEqual(direct);
  });

  it("counts every branch of an abstract type, as an upper bound", () => {
    // node { id, grids { code } × 10, history { action } × 10 }
    expect(of(`{ node(id: "x") { id ... on Community { grids { code } } ... on Event { history { action } } } }`)).toEqual({ depth: 3, cost: 1 + (1 + (1 + 10) + (1 + 10)) });
    expect(of(`{ search(text: "x") { ... on Community { name } ... on Event { title history { action } } } }`).cost).toBe(1 + 10 * (1 + 1 + (1 + 10)));
  });

  it("stops at a fragment that spreads itself instead of looping", () => {
    const result = of(`{ community(code: "1") { ...Up } } fragment Up on Community { name parent { ...Up } }`);
    expect(result.depth).toBeGreaterThan(1);
    expect(Number.isFinite(result.cost)).toBe(true);
  });

  it("counts the meta field __typename at 1", () => {
    expect(of(`{ __typename community(code: "1") { __typename } }`).cost).toBe(1 + (1 + 1));
  });

  it("measures the operation named, from its own root type", () => {
    const document = `query A { tags } query B { communities(first: 3) { totalCount } } mutation M { report(title: "x") { id history { action } } } subscription S { eventChanged { id } }`;
    expect(of(document, {}, "A")).toEqual({ depth: 1, cost: 1 });
    expect(of(document, {}, "B")).toEqual({ depth: 2, cost: 1 + 3 });
    expect(of(document, {}, "M")).toEqual({ depth: 3, cost: 1 + (1 + (1 + 10)) });
    expect(of(document, {}, "S")).toEqual({ depth: 2, cost: 2 });
    expect(of(document, {}, "Missing")).toEqual({ depth: 0, cost: 0 });
    expect(of(document)).toEqual({ depth: 1, cost: 1 });
  });

  it("measures nothing for a root type the schema does not have", () => {
    const queriesOnly = buildSchema(`type Query { a: Int }`);
    expect(complexityOf(queriesOnly, parse(`mutation { a }`), undefined)).toEqual({ depth: 0, cost: 0 });
  });

  // Each of these once let an operation cost more than was computed, and so pass the limit.
  it("counts a connection whose `first` is omitted at its schema default (20)", () => {
    expect(of(`{ communities { edges { node { id name } } } }`)).toEqual(of(`{ communities(first: 20) { edges { node { id name } } } }`));
  });

  it("counts `first: $n` at the variable's default when the request sends no value", () => {
    const query = `query($n: Int = 100) { communities(first: $n) { edges { node { grids { events(first: $n) { totalCount } } } } } }`;
    expect(of(query, {})).toEqual(of(query, { n: 100 }));
  });

  it("never lets a negative `first` (refused later, field by field) lower the cost of the rest of the operation", () => {
    const expensive = `b: communities(first: 100) { edges { node { grids { events(first: 100) { edges { node { history { action } } } } } } } }`;
    const alone = of(`{ ${expensive} }`).cost;
    const withNegative = of(`{ a: communities(first: -1000000) { edges { node { grids { events(first: 100) { edges { node { id } } } } } } } ${expensive} }`).cost;
    expect(withNegative).toBeGreaterThanOrEqual(alone);
  });
});
