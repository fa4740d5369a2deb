import { registerDecorator, type ValidationArguments } from "class-validator";

// Rules of the party centre's inputs that class-validator lacks, checked before any SQL.

function rule(name: string, message: (a: ValidationArguments) => string, validate: (value: unknown, a: ValidationArguments) => boolean, constraints: unknown[] = []) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, constraints, options: { message }, validator: { validate } });
}

/** The decorated time must lie in the future. */
export const InFuture = () => rule("inFuture", (a) => `${a.property} must be in the future`, (value) => !(value instanceof Date) || value.getTime() > Date.now());

/** The decorated time must be at most `hours` after the sibling property `earlier`. */
export const WithinHoursOf = (earlier: string, hours: number) =>
  rule(
    "withinHoursOf",
    (a) => `${a.property} must be at most ${hours} hours after ${earlier}`,
    (value, a) => {
      const before = (a.object as Record<string, unknown>)[earlier];
      return !(value instanceof Date) || !(before instanceof Date) || value.getTime() - before.getTime() <= hours * 3_600_000;
    },
    [earlier, hours],
  );

/** The decorated code must start with the sibling property `parent` (a grid lies in its community). */
export const StartsWithCode = (parent: string) =>
  rule(
    "startsWithCode",
    (a) => `${a.property} must start with ${parent} (${String((a.object as Record<string, unknown>)[parent])})`,
    (value, a) => {
      const prefix = (a.object as Record<string, unknown>)[parent];
      return typeof value !== "string" || typeof prefix !== "string" || value.startsWith(prefix);
    },
    [parent],
  );
