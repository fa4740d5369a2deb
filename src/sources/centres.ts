import type { CentreName } from "../config.js";
import { CIVIC } from "./civic/connector.js";
import type { Entity } from "./common/entity.js";
import { GOVERNANCE } from "./governance/connector.js";
import { PARTY } from "./party/connector.js";

/** Each centre's connector, under its name (`CENTRE_NAMES` in config.ts). */
export const CONNECTORS = { party: PARTY, civic: CIVIC, governance: GOVERNANCE } as const satisfies Record<CentreName, { name: CentreName }>;
export type Connectors = typeof CONNECTORS;

/** Every entity of the centres, by name. */
export const ENTITIES: ReadonlyMap<string, Entity> = new Map(Object.values(CONNECTORS).flatMap((c) => c.entities.map((e) => [e.name, e] as const)));

/** The centre that keeps each entity. */
export const CENTRE_OF: ReadonlyMap<Entity, CentreName> = new Map(Object.values(CONNECTORS).flatMap((c) => c.entities.map((e) => [e, c.name] as const)));
