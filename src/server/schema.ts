import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getMetadataStorage } from "type-graphql";
import { validateInput } from "../resolvers/common/input-validation.js";
import { authChecker } from "../resolvers/common/write-access.js";
import { applyPersonalDataRules } from "../resolvers/common/personal-data-fields.js";
import { DateTimeISO } from "../schema/common/date-time.js";

const RESOLVERS = fileURLToPath(new URL("../resolvers/", import.meta.url));

/**
 * Every resolver class of `src/resolvers/`: each module there is loaded, and the classes it
 * exports that carry `@Resolver` join the schema (as its `nodeType`s join the node registry),
 * so a new resolver module is picked up without a list to edit. Sorted, so the schema's
 * order does not depend on the file system.
 */
async function resolverClasses(): Promise<[Function, ...Function[]]> {
  const files = (await readdir(RESOLVERS, { recursive: true })).filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith(".d.ts")).sort();
  const modules = await Promise.all(files.map((f) => import(pathToFileURL(join(RESOLVERS, f)).href) as Promise<Record<string, unknown>>));
  const resolvers = new Set(getMetadataStorage().resolverClasses.map((r) => r.target));
  const found = modules.flatMap((m) => Object.values(m)).filter((value): value is Function => typeof value === "function" && resolvers.has(value));
  const [first, ...rest] = [...new Set(found)];
  if (!first) throw new Error(`no resolver classes under ${RESOLVERS}`);
  return [first, ...rest];
}

// type-graphql insists on a PubSub once there are subscriptions, though each of ours brings
// its own stream (fed by the centres' change logs); topics are not used.
const noTopics: PubSub = {
  publish: () => {
    throw new Error("subscriptions stream from the change logs; there are no topics to publish to");
  },
  subscribe: () => {
    throw new Error("subscriptions stream from the change logs; there are no topics to subscribe to");
  },
};

/** The whole GraphQL schema, generated from the type-graphql classes. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: await resolverClasses(),
    validateFn: validateInput,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    pubSub: noTopics,
    emitSchemaFile: false,
  });
  applyPersonalDataRules(schema);
  // type-graphql names the root types but offers no way to describe them.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads across the three centres and the division registry.";
  if (mutation) mutation.description = "Writes, each to the centre that owns the data, inside that centre's transaction.";
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = "Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log.";
  return schema;
}
