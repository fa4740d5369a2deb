import type { CityBounds } from "../config.js";
import { CENTRE_NAMES } from "../config.js";
import { RegistryReads } from "../sources/registry/reads.js";
import { CONNECTORS, type Connectors } from "../sources/centres.js";
import type { SourceDatabases } from "../sources/index.js";
import { RequestLoaders } from "./common/loaders.js";
import { AuditTrail } from "./common/audit-trail.js";
import type { AuditLog } from "../sources/registry/audit.js";
import type { LiveService } from "./live/live-service.js";
import type { Identity } from "../auth/identity.js";
import type { RowScope } from "../auth/row-scope.js";
import type { DepartmentGrants } from "../sources/registry/grants.js";
import type { TokenVerifier } from "../auth/tokens.js";

/** Read access to every source: the registry's, and each centre's from its connector. */
export type Reads = { registry: RegistryReads } & { [K in keyof Connectors]: ReturnType<Connectors[K]["reads"]> };

/** The writes of each centre, each inside its own source's transactions. */
export type Commands = { [K in keyof Connectors]: ReturnType<Connectors[K]["commands"]> };

/** Read access to every source, limited to the rows `scope` sees. */
export function readsFor(databases: SourceDatabases, scope: RowScope): Reads {
  const centres = CENTRE_NAMES.map((name) => [name, (CONNECTORS[name].reads as (db: unknown, scope: RowScope) => unknown)(databases[name], scope)]);
  return Object.fromEntries([["registry", new RegistryReads(databases.registry)], ...centres]) as Reads;
}

/** Each centre's commands, over its database. */
export function commandsFor(databases: SourceDatabases): Commands {
  return Object.fromEntries(CENTRE_NAMES.map((name) => [name, (CONNECTORS[name].commands as (db: unknown) => unknown)(databases[name])])) as Commands;
}

/** Who makes a request and which rows they see. */
export interface Caller {
  identity: Identity;
  scope: RowScope;
}

/** What the API holds for its whole life and shares with every request. */
export interface Services {
  commands: Commands;
  databases: SourceDatabases;
  /** Key for the opaque Person ids. */
  idSecret: string;
  /** Reported locations must lie inside this box. */
  cityBounds: CityBounds;
  /** Live changes of the three centres, for subscriptions. */
  live: LiveService;
  /** Reads a request's bearer token. */
  verifyToken: TokenVerifier;
  /** The data sets shared with each partner department. */
  departmentGrants: DepartmentGrants;
  /** Where unmasked reads of personal data are recorded. */
  auditLog: AuditLog;
}

/** The WebSocket a subscription runs on, so a subscriber that falls behind can be dropped. */
export interface LiveConnection {
  close(code: number, reason: string): void;
}

/** What every resolver receives. */
export interface Context extends Services {
  /** Reads of every source, limited to the rows the caller sees. */
  reads: Reads;
  loaders: RequestLoaders;
  /** The caller, from the bearer token; `public` without one. */
  identity: Identity;
  /** The rows the caller sees. */
  scope: RowScope;
  /** Who is acting, as recorded in histories: the token's name, else its subject, else `anonymous`. */
  actor: string;
  /** Unmasked personal data read by this request, for the audit log. */
  audit: AuditTrail;
  /** Set for operations over WebSocket. */
  connection?: LiveConnection;
}

const prototypes = new WeakMap<Services, object>();

/**
 * What every context of one API shares: its services (through the prototype, so a request
 * copies none of them) and the scoped reads, built on first use, since many operations (a
 * `{ __typename }`, a mutation) read nothing.
 */
function prototypeOf(services: Services): object {
  let proto = prototypes.get(services);
  if (!proto) {
    proto = Object.create(services, {
      reads: {
        get(this: Context) {
          const reads = readsFor(this.databases, this.scope);
          Object.defineProperty(this, "reads", { value: reads, enumerable: true });
          return reads;
        },
      },
    }) as object;
    prototypes.set(services, proto);
  }
  return proto;
}

export function createContext(services: Services, caller: Caller & { purpose?: string | null }, connection?: LiveConnection): Context {
  const context = Object.create(prototypeOf(services)) as Context;
  context.loaders = new RequestLoaders();
  context.identity = caller.identity;
  context.scope = caller.scope;
  context.actor = caller.identity.name ?? caller.identity.subject ?? "anonymous";
  context.audit = new AuditTrail(caller.purpose ?? null);
  context.connection = connection;
  return context;
}
