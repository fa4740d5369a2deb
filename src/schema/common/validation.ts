import { Length, Matches, registerDecorator, type ValidationArguments } from "class-validator";

// Rules on input fields, checked by class-validator before a resolver runs (see input-validation.ts).

/** The decorated time must be later than the sibling property `earlier`. */
export function IsAfter(earlier: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: "isAfter",
      target: target.constructor,
      propertyName,
      constraints: [earlier],
      options: { message: (a: ValidationArguments) => `${a.property} must be later than ${earlier}` },
      validator: {
        validate(value: unknown, a: ValidationArguments) {
          const before = (a.object as Record<string, unknown>)[earlier];
          return !(value instanceof Date) || !(before instanceof Date) || value.getTime() > before.getTime();
        },
      },
    });
}

/** Non-blank text of at most `max` characters (each element's, with `each`). */
export function Text(max: number, { each = false } = {}) {
  const what = each ? "each of $property" : "$property";
  return (target: object, property: string) => {
    Length(1, max, { each, message: `${what} must be 1 to ${max} characters` })(target, property);
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
