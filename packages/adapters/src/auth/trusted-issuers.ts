/**
 * The CDS clients a service trusts (CDS Hooks 2.0 §Trusting CDS Clients): each issuer with where its public
 * keys come from. A `jku` header is followed only when it is on that issuer's own list.
 */
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** One trusted CDS client. */
export interface TrustedIssuer {
  /** The client's `iss` claim, matched exactly. */
  readonly issuer: string;
  /** The client's JWK Set URL (https, or http on loopback for development). */
  readonly jwksUrl?: string;
  /** The client's public keys, when configured locally instead of fetched. */
  readonly jwks?: JSONWebKeySet;
  /** JWK Set URLs a token's `jku` header may name; any other `jku` is refused. */
  readonly allowedJku?: readonly string[];
  /** When set, only these `sub` values are accepted from this issuer. */
  readonly subjects?: readonly string[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** A key-set URL, which must be https unless it points at this machine. */
export function keySetUrl(url: string): URL {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname))) return parsed;
  throw new RangeError(`A JWK Set URL must use https (http only on loopback): ${url}`);
}

/** Looks up issuers and the key set for a token, creating each remote key set once. */
export class IssuerRegistry {
  private readonly byIssuer = new Map<string, TrustedIssuer>();
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(issuers: readonly TrustedIssuer[]) {
    if (issuers.length === 0) throw new RangeError('Configure at least one trusted issuer');
    for (const trusted of issuers) {
      if (!trusted.jwks && !trusted.jwksUrl && !trusted.allowedJku?.length) {
        throw new RangeError(`Issuer "${trusted.issuer}" has no keys: set jwks, jwksUrl or allowedJku`);
      }
      for (const url of [trusted.jwksUrl, ...(trusted.allowedJku ?? [])]) if (url !== undefined) keySetUrl(url);
      this.byIssuer.set(trusted.issuer, trusted);
    }
  }

  /** The trusted issuer named `issuer`, if any. */
  issuer(issuer: string): TrustedIssuer | undefined {
    return this.byIssuer.get(issuer);
  }

  /**
   * The keys to verify a token from `trusted` with: the `jku` set when the header names an allowed one,
   * else the local set, else the configured URL. Undefined when the `jku` is not allowed.
   */
  keysFor(trusted: TrustedIssuer, jku: string | undefined): JWTVerifyGetKey | undefined {
    if (jku !== undefined) return trusted.allowedJku?.includes(jku) ? this.remote(jku) : undefined;
    if (trusted.jwks) return this.local(trusted);
    return trusted.jwksUrl !== undefined ? this.remote(trusted.jwksUrl) : undefined;
  }

  private local(trusted: TrustedIssuer): JWTVerifyGetKey {
    const key = `local:${trusted.issuer}`;
    let keys = this.keySets.get(key);
    if (!keys) this.keySets.set(key, (keys = createLocalJWKSet(trusted.jwks as JSONWebKeySet)));
    return keys;
  }

  private remote(url: string): JWTVerifyGetKey {
    let keys = this.keySets.get(url);
    if (!keys) this.keySets.set(url, (keys = createRemoteJWKSet(keySetUrl(url), { timeoutDuration: 5000 })));
    return keys;
  }
}
