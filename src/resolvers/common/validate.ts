import { GraphQLError } from "graphql";

/** Division and grid codes are digit strings: 6 (county) to 15 (grid) digits. */
export function divisionCodeArg(value: string, argument: string, lengths: readonly number[] = [6, 9, 12, 15]): string {
  if (!/^\d+$/.test(value) || !lengths.includes(value.length)) {
    throw new GraphQLError(`\`${argument}\` must be a ${lengths.join(", ")}-digit division code`, { extensions: { code: "BAD_USER_INPUT", argument } });
  }
  return value;
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
}
