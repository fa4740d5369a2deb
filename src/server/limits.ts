import { GraphQLError, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import { ROLES, type Role } from "../auth/identity.js";
import { complexityOf } from "./complexity.js";
import type { Context } from "../resolvers/context.js";

/** How deep and how costly one operation may be. */
export interface OperationLimit {
  depth: number;
  cost: number;
}

// Generous enough for any page a portal shows (the examples cost at most about 10,000);
// they stop requests that multiply lists into millions of rows.
const DEFAULTS: Record<Role, OperationLimit> = {
  public: { depth: 10, cost: 200_000 },
  resident: { depth: 10, cost: 200_000 },
  grid_worker: { depth: 12, cost: 1_000_000 },
  community_worker: { depth: 12, cost: 1_000_000 },
  street_officer: { depth: 12, cost: 1_000_000 },
  department: { depth: 12, cost: 1_000_000 },
  analyst: { depth: 12, cost: 2_000_000 },
  admin: { depth: 15, cost: 5_000_000 },
};

/** Per-role limits, each overridable with `GONGZHI_MAX_DEPTH_<ROLE>` and `GONGZHI_MAX_COST_<ROLE>`. */
export function operationLimits(env: NodeJS.ProcessEnv): Record<Role, OperationLimit> {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (!/^[1-9]\d{0,8}$/.test(raw)) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    return Number(raw);
  };
  return Object.fromEntries(
    ROLES.map((role) => {
      const key = role.toUpperCase();
      return [role, { depth: read(`GONGZHI_MAX_DEPTH_${key}`, DEFAULTS[role].depth), cost: read(`GONGZHI_MAX_COST_${key}`, DEFAULTS[role].cost) }];
    }),
  ) as Record<Role, OperationLimit>;
}

/** QUERY_TOO_COMPLEX, with the computed figures, when the operation exceeds the caller's limits; null when it fits. */
export function tooComplex(
  schema: GraphQLSchema,
  request: { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown> | null },
  limit: OperationLimit,
): GraphQLError | null {
  const { depth, cost } = complexityOf(schema, request.document, request.operationName, request.variables ?? {});
  if (depth <= limit.depth && cost <= limit.cost) return null;
  const what = depth > limit.depth ? `nests ${depth} levels deep (at most ${limit.depth})` : `may resolve about ${cost} fields (at most ${limit.cost}; lists count as their \`first\` or 10 items)`;
  return new GraphQLError(`The operation ${what}: ask for less, page with smaller \`first\`, or use a role with higher limits`, {
    extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: limit.cost, depth, maxDepth: limit.depth, http: { status: 400 } },
  });
}

/** Whether an operation asks for the schema (`__schema` or `__type`) anywhere. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/**
 * Why an operation may not run for this caller, or null: not on the allow-list (strict mode,
 * without a token), too deep or too costly for the caller's role, or (in production)
 * introspection without a token.
 */
export function refusal(
  schema: GraphQLSchema,
  request: { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown> | null },
  ctx: Pick<Context, "identity" | "operationLimits" | "production" | "allowList">,
): GraphQLError | null {
  const { role } = ctx.identity;
  if (ctx.allowList && role === "public" && !ctx.allowList.allows(request.document, request.operationName)) {
    return new GraphQLError("Only registered operations run without a token here; send one of the portal's persisted operations", {
      extensions: { code: "FORBIDDEN", reason: "OPERATION_NOT_REGISTERED", http: { status: 403 } },
    });
  }
  if (ctx.production && role === "public" && introspects(request.document)) {
    return new GraphQLError("Introspection needs a token in production", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
  }
  return tooComplex(schema, request, ctx.operationLimits[role]);
}
