import { Extensions } from "type-graphql";
import type { SensitiveKind } from "../../auth/masking.js";

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

/** The field extension that marks a field as personal data shown in full only to who may read it (see `SensitiveKind`). */
export const SENSITIVE = "sensitive";

/**
 * A field holding personal data (an address, a phone, a resident's name, a reported
 * location): masked unless the caller holds `pii:read` and the row lies in its reach, and
 * audited when shown in full. Where the row is comes from its entity's description.
 */
export const Sensitive = (kind: SensitiveKind) => Extensions({ [SENSITIVE]: kind });
