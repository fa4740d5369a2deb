import { Matches, registerDecorator, type ValidationArguments } from "class-validator";

// Rules on input fields, checked by class-validator before a resolver runs (see input-validation.ts).

/** A custom rule: `validate` sees the value and the whole input object (for sibling fields). */
function rule(name: string, message: (a: ValidationArguments) => string, validate: (value: unknown, siblings: Record<string, unknown>) => boolean) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options: { message }, validator: { validate: (value, a) => validate(value, (a?.object ?? {}) as Record<string, unknown>) } });
}

const time = (value: unknown): number | undefined => (value instanceof Date ? value.getTime() : undefined);

/** The decorated time must be later than the sibling property `earlier`. */
export const IsAfter = (earlier: string) =>
  rule("isAfter", (a) => `${a.property} must be later than ${earlier}`, (value, o) => {
    const [t, before] = [time(value), time(o[earlier])];
    return t === undefined || before === undefined || t > before;
  });

/** The decorated time must be at most `hours` after the sibling property `earlier`. */
export const AtMostHoursAfter = (earlier: string, hours: number) =>
  rule("atMostHoursAfter", (a) => `${a.property} must be at most ${hours} hours after ${earlier}`, (value, o) => {
    const [t, before] = [time(value), time(o[earlier])];
    return t === undefined || before === undefined || t - before <= hours * 3_600_000;
  });

/** A time later than now. */
export const InFuture = () => rule("inFuture", (a) => `${a.property} must be in the future`, (value) => (time(value) ?? Infinity) > Date.now());

/** The decorated code must start with the sibling property `parent` (a grid lies in its community). */
export const StartsWithCode = (parent: string) =>
  rule(
    "startsWithCode",
    (a) => `${a.property} must start with ${parent} (${String((a.object as Record<string, unknown>)[parent])})`,
    (value, o) => typeof value !== "string" || typeof o[parent] !== "string" || value.startsWith(o[parent]),
  );

/** A whole number of half hours. */
export const HalfHours = () => rule("halfHours", (a) => `${a.property} must be in half-hour steps (0.5, 1, 1.5, …)`, (value) => typeof value !== "number" || Number.isInteger(value * 2));

/**
 * Non-blank text of at most `max` characters (each element's, with `each`), counted as
 * PostgreSQL counts them: in code points, variation selectors included.
 */
export function Text(max: number, { each = false } = {}) {
  const what = each ? "each of $property" : "$property";
  const fits = (value: unknown) => typeof value !== "string" || [...value].length <= max;
  return (target: object, property: string) => {
    rule("text", () => `${what} must be 1 to ${max} characters`, (value) => (each && Array.isArray(value) ? value.every(fits) : fits(value)))(target, property);
    Matches(/\S/, { each, message: `${what} must not be blank` })(target, property);
  };
}

/** A mainland mobile number or a landline with area code. */
export const Phone = () => Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: "$property must be a mobile number (11 digits) or a landline with area code" });

/** An idempotency key: 1 to 100 letters, digits and `_ . : -`. */
export const IdempotencyKey = () => Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: "$property must be 1 to 100 letters, digits or _ . : -" });

/** A division code of one of the given lengths (9 street, 12 community, 15 grid). */
export const DivisionCode = (...lengths: number[]) =>
  Matches(new RegExp(`^(${lengths.map((n) => `\\d{${n}}`).join("|")})$`), { message: `$property must be a ${lengths.join(" or ")}-digit code` });
