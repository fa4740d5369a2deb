import { validate, type ValidationError } from "class-validator";
import { GraphQLError } from "graphql";
import type { ValidatorFn } from "type-graphql";
import type { CityBounds } from "../../config.js";

export interface InputProblem {
  /** Path of the offending field, e.g. `input.location.lat`. */
  field: string;
  message: string;
}

function problems(errors: ValidationError[], prefix: string): InputProblem[] {
  return errors.flatMap((e) => {
    const field = `${prefix}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: message.replace(e.property, field) }));
    return [...own, ...problems(e.children ?? [], field)];
  });
}

export function badInput(field: string, message: string, more: InputProblem[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field, problems: [{ field, message }, ...more] } });
}

// GraphQL already enforces presence and scalar types; argument classes without rules pass.
const VALIDATOR_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Checks every input object against its class-validator rules before the resolver (and any
 * SQL) runs. The error names the first field at fault and lists all problems.
 */
export const validateInput: ValidatorFn = async (value: unknown) => {
  if (value === null || typeof value !== "object") return;
  // Rules sit on mutation inputs, and every mutation takes its input as `input`.
  const name = "input";
  const objects = (Array.isArray(value) ? value : [value]).filter((v: unknown): v is object => v !== null && typeof v === "object");
  const errors = (await Promise.all(objects.map((v) => validate(v, VALIDATOR_OPTIONS)))).flat();
  const found = problems(errors, name);
  const [first, ...rest] = found;
  if (first) throw badInput(first.field, first.message, rest);
};

/** Refuses a point outside the city. */
export function requireInCity(field: string, point: { lat: number; lng: number } | null | undefined, bounds: CityBounds): void {
  if (!point) return;
  const inside = point.lat >= bounds.minLat && point.lat <= bounds.maxLat && point.lng >= bounds.minLng && point.lng <= bounds.maxLng;
  if (!inside) throw badInput(field, `${field} (${point.lat}, ${point.lng}) lies outside the city (${bounds.minLat}–${bounds.maxLat} N, ${bounds.minLng}–${bounds.maxLng} E)`);
}
