import { expect } from "vitest";

/** What `run` throws, checked to be an `Expected`; fails the test when it returns instead. */
export function refusalOf<Expected extends Error>(run: () => unknown, expected: abstract new (...args: never[]) => Expected): Expected {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(expected);
    return error as Expected;
  }
  throw new Error("expected a refusal, but the call returned");
}

/** Text as a cursor or id carries it: base64url. */
export const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64url");
