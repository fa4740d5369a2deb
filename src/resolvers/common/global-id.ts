import { badArgument } from "./errors.js";

/** Global ids: base64url of `Type:key`. Opaque to clients, cheap to decode. */
export function toGlobalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export interface DecodedId {
  type: string;
  key: string;
}

export function fromGlobalId(id: string, field = "id"): DecodedId {
  const text = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, "base64url").toString("utf8") : "";
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) {
    throw badArgument(field, `Malformed id "${id.slice(0, 64)}"`, { field });
  }
  return { type: text.slice(0, colon), key: text.slice(colon + 1) };
}

// Row ids are PostgreSQL integers.
const MAX_ROW_ID = 2_147_483_647;

/** Decodes an id that must be of `type` and have an integer key; `field` names it in errors. */
export function intKeyOf(id: string, entity: { readonly name: string }, field = "id"): number {
  const type = entity.name;
  const decoded = fromGlobalId(id, field);
  const key = Number(decoded.key);
  if (decoded.type !== type || !/^[1-9]\d{0,9}$/.test(decoded.key) || key > MAX_ROW_ID) {
    throw badArgument(field, `Id "${id.slice(0, 64)}" is not ${/^[AEIOU]/.test(type) ? "an" : "a"} ${type} id`, { field });
  }
  return key;
}
