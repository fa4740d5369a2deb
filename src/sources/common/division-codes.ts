// The registry keeps every division under a 12-digit code (a street's is 420683001000); rows
// are matched to a division by the prefix of that code its rows' codes start with (420683001).

/** The registry's code of the division whose rows start with `prefix` (6, 9 or 12 digits). */
export const registryCode = (prefix: string): string => prefix.padEnd(12, "0");

/** The prefix a division's rows start with, from its registry code: a city's 6 digits, a street's 9, a community's 12. */
export const divisionPrefix = (code: string): string => (code.endsWith("000000") ? code.slice(0, 6) : code.endsWith("000") ? code.slice(0, 9) : code);

/** The registry code of the street a community (or grid) lies in. */
export const streetOf = (code: string): string => registryCode(code.slice(0, 9));
