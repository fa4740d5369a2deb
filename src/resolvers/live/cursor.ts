import type { FeedPosition } from "../../sources/common/change-feed.js";
import type { CentreName } from "./centres.js";
import { badArgument } from "../common/errors.js";

/** Where a subscriber stands in each centre's change log. */
export type Positions = Partial<Record<CentreName, FeedPosition>>;

/** Opaque resume cursor: every subscribed centre's position, `centre:txid:seq` joined by `|`, base64url. */
export function encodeCursor(positions: Positions): string {
  const parts = Object.entries(positions).map(([centre, p]) => `${centre}:${p.txid}:${p.seq}`);
  return Buffer.from(parts.join("|"), "utf8").toString("base64url");
}

const PART = /^(party|civic|governance):(\d{1,20}):(\d{1,18})$/;

/** The positions in a cursor from an earlier item; BAD_USER_INPUT naming `argument` when it is not one. */
export function decodeCursor(cursor: string, argument = "after"): Positions {
  const invalid = () => badArgument(argument, `\`${argument}\` is not a cursor from a change item`);
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw invalid();
  const positions: Positions = {};
  for (const part of Buffer.from(cursor, "base64url").toString("utf8").split("|")) {
    const match = PART.exec(part);
    if (!match) throw invalid();
    positions[match[1] as CentreName] = { txid: BigInt(match[2]!), seq: Number(match[3]) };
  }
  return positions;
}
