import { registerDecorator, type ValidationArguments } from "class-validator";

// Rules specific to civic inputs, checked with the common ones before a resolver runs.

function rule(name: string, message: (a: ValidationArguments) => string, validate: (value: unknown, a: ValidationArguments) => boolean) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options: { message }, validator: { validate } });
}

/** The decorated code must begin with the sibling property `parent` (a grid lies in its community). */
export const StartsWith = (parent: string) =>
  rule(
    "startsWith",
    (a) => `${a.property} must begin with ${parent} (${String((a.object as Record<string, unknown>)[parent])})`,
    (value, a) => {
      const prefix = (a.object as Record<string, unknown>)[parent];
      return typeof value !== "string" || typeof prefix !== "string" || value.startsWith(prefix);
    },
  );

/** A time later than now. */
export const IsFuture = () => rule("isFuture", (a) => `${a.property} must be in the future`, (value) => !(value instanceof Date) || value.getTime() > Date.now());

/** The decorated time is at most `hours` after the sibling property `earlier`. */
export const AtMostHoursAfter = (earlier: string, hours: number) =>
  rule(
    "atMostHoursAfter",
    (a) => `${a.property} must be at most ${hours} hours after ${earlier}`,
    (value, a) => {
      const before = (a.object as Record<string, unknown>)[earlier];
      return !(value instanceof Date) || !(before instanceof Date) || value.getTime() - before.getTime() <= hours * 3_600_000;
    },
  );

/** A whole number of half hours. */
export const HalfHours = () => rule("halfHours", (a) => `${a.property} must be in half-hour steps (0.5, 1, 1.5, …)`, (value) => typeof value !== "number" || Number.isInteger(value * 2));
