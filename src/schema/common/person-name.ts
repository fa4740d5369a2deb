import { Extensions } from "type-graphql";

/**
 * How a field holding personal data is de-identified for callers who do not work with named
 * people (the public, residents, analysts): declared here on the field, applied once for the
 * whole schema by `resolvers/common/personal-data-fields.ts`, synchronously and without a
 * per-field middleware.
 * - `name`: a person's name (or a list of names) becomes the family name (张**);
 * - `freeText`: text residents and staff wrote keeps its words, but the phone and national ID
 *   numbers written into it are masked (names in free text cannot be told apart reliably).
 */
export type PersonalDataRule = "name" | "freeText";

/** The field extension that carries a {@link PersonalDataRule}. */
export const PERSONAL_DATA_RULE = "personalData";

const rule = (value: PersonalDataRule) => Extensions({ [PERSONAL_DATA_RULE]: value });

/** A field holding a person's name or a list of names. */
export const PersonName = rule("name");

/** Free text that may carry phone or national ID numbers. */
export const FreeText = rule("freeText");
