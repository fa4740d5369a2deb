import { createCipheriv, createDecipheriv, createHash, createHmac } from "node:crypto";
import { toGlobalId } from "./global-id.js";
import { badArgument } from "./errors.js";

// Person ids wrap the national ID number with deterministic authenticated encryption
// (AES-256-GCM, IV derived from an HMAC of the number): the same person always gets the
// same opaque id, and nobody without the server's key can read or forge one.
const keys = new Map<string, { enc: Buffer; mac: Buffer }>();
function keyFor(secret: string) {
  let k = keys.get(secret);
  if (!k) {
    k = { enc: createHash("sha256").update(`enc:${secret}`).digest(), mac: createHash("sha256").update(`mac:${secret}`).digest() };
    keys.set(secret, k);
  }
  return k;
}

export function personId(idNumber: string, secret: string): string {
  const { enc, mac } = keyFor(secret);
  const iv = createHmac("sha256", mac).update(idNumber).digest().subarray(0, 12);
  const cipher = createCipheriv("aes-256-gcm", enc, iv);
  const body = Buffer.concat([cipher.update(idNumber, "utf8"), cipher.final()]);
  return toGlobalId("Person", Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url"));
}

/** The ID number inside a Person id; BAD_USER_INPUT when it was not issued by this server. */
export function idNumberOf(key: string, secret: string): string {
  const raw = Buffer.from(key, "base64url");
  try {
    if (raw.length < 29) throw new Error("short");
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret).enc, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw badArgument("id", "Malformed Person id");
  }
}
