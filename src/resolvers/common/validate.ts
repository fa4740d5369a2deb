import { badArgument } from "./errors.js";

/** Division and grid codes are digit strings: 6 (county) to 15 (grid) digits. */
export function divisionCodeArg(value: string, argument: string, lengths: readonly number[] = [6, 9, 12, 15]): string {
  if (!/^\d+$/.test(value) || !lengths.includes(value.length)) {
    throw badArgument(argument, `\`${argument}\` must be a ${lengths.join(", ")}-digit division code`);
  }
  return value;
}
