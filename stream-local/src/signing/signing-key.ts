/**
 * Stream signing keys. Like Cloudflare, stream-local hands out the private key once and keeps only
 * the public half, which is all that verifying playback tokens needs.
 */
import { generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { newUid } from "../ids";
import type { RecordCollection } from "../state/record-collection";
import type { StateStore } from "../state/state-store";

export interface SigningKeyRecord {
  id: string;
  created: string;
  publicJwk: JsonWebKey;
}

export type SigningKeyRecords = RecordCollection<SigningKeyRecord>;

export function signingKeyRecords(store: StateStore): SigningKeyRecords {
  return store.collection("signing-keys", (key: SigningKeyRecord) => key.id);
}

export interface CreatedSigningKey {
  record: SigningKeyRecord;
  /** Cloudflare's answer: `pem` and `jwk` are base64 of the private key. */
  response: { id: string; pem: string; jwk: string; created: string };
}

export function createSigningKey(now: string): CreatedSigningKey {
  const id = newUid();
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  const privateJwk = { use: "sig", kid: id, alg: "RS256", ...privateKey.export({ format: "jwk" }) };
  const publicJwk = { use: "sig", kid: id, alg: "RS256", ...publicKey.export({ format: "jwk" }) };
  return {
    record: { id, created: now, publicJwk },
    response: {
      id,
      pem: Buffer.from(pem).toString("base64"),
      jwk: Buffer.from(JSON.stringify(privateJwk)).toString("base64"),
      created: now,
    },
  };
}
