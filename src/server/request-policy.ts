import { log } from "../observability/log.js";
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import {
  getDirectiveValues,
  getOperationAST,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { Role } from "../auth/identity.js";
import type { OperationLimit, RateLimit } from "../config.js";
import type { Context, Services } from "../resolvers/context.js";
import type { OperationAllowList } from "./allow-list.js";
import { complexityOf } from "./complexity.js";
import { RateLimiter } from "./rate-limit.js";
import { clientAddress } from "./client-address.js";

/** An operation as it is about to run. */
export interface Operation {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** One check an operation must pass before it runs: its refusal, or null. */
type Gate = (operation: Operation, ctx: Context) => GraphQLError | null;

export interface PolicyOptions {
  schema: GraphQLSchema;
  services: Services;
  operationLimits: Record<Role, OperationLimit>;
  /** In strict mode, the only operations callers without a token may run. */
  allowList: OperationAllowList | null;
  /** Production mode: introspection needs a token. */
  production: boolean;
  rateLimit: RateLimit | null;
  /** Whether a client's address is the first X-Forwarded-For entry. */
  trustProxy: boolean;
}

/** What a caller gets instead of personal data that could not be recorded: nothing unaudited leaves. */
export const AUDIT_FAILED: GraphQLFormattedError = {
  message: "The audit log could not record this read of personal data, so none is returned; try again later",
  extensions: { code: "SOURCE_UNAVAILABLE", source: "registry" },
};

/** Not on the allow-list: only registered operations run without a token in strict mode. */
const registeredOnly =
  (allowList: OperationAllowList): Gate =>
  ({ document, operationName }, ctx) =>
    ctx.identity.role === "public" && !allowList.allows(document, operationName)
      ? new GraphQLError("Only registered operations run without a token here; send one of the portal's persisted operations", {
          extensions: { code: "FORBIDDEN", reason: "OPERATION_NOT_REGISTERED", http: { status: 403 } },
        })
      : null;

/** In production, the schema is described only to callers with a token. */
const introspectionNeedsToken: Gate = ({ document }, ctx) =>
  ctx.identity.role === "public" && introspects(document) ? new GraphQLError("Introspection needs a token in production", { extensions: { code: "FORBIDDEN", http: { status: 403 } } }) : null;

/** QUERY_TOO_COMPLEX, with the computed figures, when the operation exceeds the caller's role's limits. */
const withinLimits =
  (schema: GraphQLSchema, limits: Record<Role, OperationLimit>): Gate =>
  ({ document, operationName, variables }, ctx) => {
    const limit = limits[ctx.identity.role];
    const { depth, cost } = complexityOf(schema, document, operationName, variables ?? {});
    if (depth <= limit.depth && cost <= limit.cost) return null;
    const what = depth > limit.depth ? `nests ${depth} levels deep (at most ${limit.depth})` : `may resolve about ${cost} fields (at most ${limit.cost}; lists count as their \`first\` or 10 items)`;
    return new GraphQLError(`The operation ${what}: ask for less, page with smaller \`first\`, or use a role with higher limits`, {
      extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: limit.cost, depth, maxDepth: limit.depth, http: { status: 400 } },
    });
  };

/**
 * A subscription whose every root field is skipped (`@skip(if: true)`, `@include(if: false)`)
 * passes validation, but graphql-js cannot start it (it throws a TypeError, answered as an
 * internal error): refused as the client's error before it runs.
 */
const subscriptionSelectsAField: Gate = ({ document, operationName, variables }) => {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "subscription") return null;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  if (selectsAField(operation.selectionSet, fragments, variables ?? {}, new Set())) return null;
  return new GraphQLError("A subscription must select one field that is not skipped", { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } });
};

/** Whether a selection set keeps any field once `@skip` and `@include` are applied. */
function selectsAField(set: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, variables: Record<string, unknown>, seen: Set<string>): boolean {
  return set.selections.some((selection) => {
    if (!included(selection, variables)) return false;
    if (selection.kind === Kind.FIELD) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsAField(selection.selectionSet, fragments, variables, seen);
    const fragment = fragments.get(selection.name.value);
    // An unknown or cyclic spread is validation's to refuse; it does not count as a field here.
    if (!fragment || seen.has(fragment.name.value)) return false;
    return selectsAField(fragment.selectionSet, fragments, variables, new Set([...seen, fragment.name.value]));
  });
}

function included(node: Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  try {
    return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  } catch {
    // A directive's argument that does not coerce is left to validation and execution to refuse.
    return true;
  }
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
 * The request policy, composed once and applied by HTTP and WebSocket alike: how often a
 * client may call, whether an operation may run for its caller (the allow-list, introspection
 * in production, depth and cost), and that the personal data it read unmasked is recorded
 * before its result leaves.
 */
export class RequestPolicy {
  private readonly gates: readonly Gate[];
  private readonly limiter: RateLimiter | null;

  constructor(private readonly options: PolicyOptions) {
    this.gates = [options.allowList && registeredOnly(options.allowList), options.production ? introspectionNeedsToken : null, subscriptionSelectsAField, withinLimits(options.schema, options.operationLimits)].filter(
      (gate): gate is Gate => gate !== null,
    );
    this.limiter = options.rateLimit && new RateLimiter(options.rateLimit);
  }

  /**
   * RATE_LIMITED, with the seconds to wait, when the client of a request has used its share;
   * null when it may go on. The client is its token when it has one, else its address (behind
   * a trusted proxy, the one it forwarded); without a limit nothing is computed.
   */
  throttled(authorization: string | null | undefined, request: IncomingMessage): GraphQLError | null {
    if (!this.limiter) return null;
    const turn = this.limiter.take(this.clientOf(authorization, request));
    if (turn.allowed) return null;
    return new GraphQLError(`Too many requests: try again in ${turn.retryAfterSeconds} s`, { extensions: { code: "RATE_LIMITED", retryAfter: turn.retryAfterSeconds } });
  }

  private clientOf(authorization: string | null | undefined, request: IncomingMessage): string {
    if (authorization) return `token:${createHash("sha256").update(authorization).digest("base64url")}`;
    return `address:${clientAddress(request, this.options.trustProxy)}`;
  }

  /** Why the operation may not run for its caller, or null. */
  refusal(operation: Operation, ctx: Context): GraphQLError | null {
    for (const gate of this.gates) {
      const refused = gate(operation, ctx);
      if (refused) return refused;
    }
    return null;
  }

  /** Writes what the operation read unmasked to the audit log; false when that failed and its result must not be sent. */
  async recorded(ctx: Context): Promise<boolean> {
    const entries = ctx.audit.take();
    if (entries.length === 0) return true;
    try {
      await this.options.services.auditLog.record(entries);
      return true;
    } catch (error) {
      log().error({ error: error instanceof Error ? error.message : String(error) }, "could not write the audit log");
      return false;
    }
  }
}
