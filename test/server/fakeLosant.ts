// The in-process fake Losant API: start it on a free port, point the client at `url`.
import { randomBytes } from 'node:crypto';
import { internalErrorResponse } from './apiResponse';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from './faults';
import { FaultSwitch } from './faults';
import { InviteStore } from './invitations';
import { signJwt } from './jwt';
import { createObjectIdGenerator } from './objectId';
import type { Organization } from './organization';
import { buildOrganization } from './orgFactory';
import { OrgStore } from './orgStore';
import { handleRequest } from './requestPipeline';
import { writeJson } from './responseWriter';
import { DEFAULT_SEED, seedOrganizations } from './seed';
import { seedInvitations } from './seedMembership';
import type { RecordedRequest, ServerState } from './serverState';
import { DEMO_USER, LOCKED_USER, SSO_DOMAIN, SSO_USER, TWO_FACTOR_USER, UNVERIFIED_USER, type Account, type PasswordAccount } from './accounts';
import { SignInThrottle, type SignInThrottleOptions } from './signInThrottle';
import { totpCode } from './totp';
import { memberFor } from './users';

export type { Fault, FaultKind, FaultScope, DropMoment } from './faults';
export type { RecordedRequest } from './serverState';
export type { Organization } from './organization';

export interface FakeLosantOptions {
  /** 0 = a free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Number of seeded organizations, default 25. */
  orgs?: number;
  seed?: number;
  /** HMAC secret for tokens; default random per server, so tokens from another run are invalid. */
  secret?: string;
  /** Fault active from the first request. */
  fault?: Fault;
  /** The server's clock (token times, two-factor codes, throttling); default the real time. */
  now?: () => Date;
  /** Rate limit of failed sign-ins per email; default 5 failures within 60 seconds. */
  signInThrottle?: SignInThrottleOptions;
}

/** The accounts of POST /auth/user, one per way a sign-in can go (see accounts.ts). */
export interface FakeLosantAccounts {
  /** Email and password only. */
  demo: Readonly<PasswordAccount>;
  /** Also needs the TOTP code of `totpSecret` (see twoFactorCode()). */
  twoFactor: Readonly<PasswordAccount & { totpSecret: string }>;
  /** Refused with type AccountLocked after the right password. */
  locked: Readonly<PasswordAccount>;
  /** Signs in with `needsToVerifyEmail: true`. */
  unverified: Readonly<PasswordAccount>;
  /** In the SSO domain: GET /auth/ssoDomain answers 200 for it, and it has no password. */
  sso: Readonly<Account>;
  ssoDomain: string;
}

export interface FakeLosantTokens {
  /** all.User */
  all: string;
  /** all.User.read */
  readOnly: string;
  /** all.User, expired an hour ago */
  expired: string;
  /** orgs.get */
  orgsGetOnly: string;
  /** devices.get: valid, but no scope covering orgs or the user */
  noOrgsScope: string;
}

export interface FakeLosant {
  readonly url: string;
  readonly port: number;
  readonly tokens: FakeLosantTokens;
  /** The demo account (accounts.demo). */
  readonly user: Readonly<PasswordAccount>;
  readonly accounts: FakeLosantAccounts;
  /** The two-factor account's code at a moment (default now), as its authenticator app shows it. */
  twoFactorCode(atMs?: number): string;
  signToken(claims: { scope: string[]; expiresInSeconds?: number; userId?: string }): string;
  readonly organizations: object[];
  addOrganization(partial: Record<string, unknown>): object;
  reseed(count: number, seed?: number): void;
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  /** Sets (or with undefined clears) the injected fault. */
  setFault(fault: Fault | undefined): void;
  /** The fault still in effect (cleared automatically once its `times` are used up). */
  readonly fault: Fault | undefined;
  close(): Promise<void>;
}

class FakeLosantServer implements FakeLosant {
  readonly tokens: FakeLosantTokens;
  readonly user = DEMO_USER;
  readonly accounts: FakeLosantAccounts = {
    demo: DEMO_USER,
    twoFactor: TWO_FACTOR_USER,
    locked: LOCKED_USER,
    unverified: UNVERIFIED_USER,
    sso: SSO_USER,
    ssoDomain: SSO_DOMAIN,
  };
  private closing: Promise<void> | undefined;

  constructor(
    private readonly server: Server,
    private readonly state: ServerState,
    readonly url: string,
    readonly port: number,
  ) {
    const now = Math.floor(state.now().getTime() / 1000);
    this.tokens = {
      all: this.signToken({ scope: ['all.User'] }),
      readOnly: this.signToken({ scope: ['all.User.read'] }),
      expired: signJwt({ sub: DEMO_USER.id, scope: ['all.User'], iat: now - 7200, exp: now - 3600, iss: 'api.losant.com' }, state.secret),
      orgsGetOnly: this.signToken({ scope: ['orgs.get'] }),
      noOrgsScope: this.signToken({ scope: ['devices.get'] }),
    };
  }

  get organizations(): Organization[] {
    return this.state.store.organizations;
  }

  get requests(): RecordedRequest[] {
    return this.state.requests;
  }

  get fault(): Fault | undefined {
    return this.state.faults.current;
  }

  signToken(claims: { scope: string[]; expiresInSeconds?: number; userId?: string }): string {
    const iat = Math.floor(this.state.now().getTime() / 1000);
    const exp = claims.expiresInSeconds === undefined ? {} : { exp: iat + claims.expiresInSeconds };
    return signJwt({ sub: claims.userId ?? DEMO_USER.id, scope: [...claims.scope], iat, iss: 'api.losant.com', ...exp }, this.state.secret);
  }

  twoFactorCode(atMs: number = this.state.now().getTime()): string {
    return totpCode(TWO_FACTOR_USER.totpSecret, atMs);
  }

  addOrganization(partial: Record<string, unknown>): Organization {
    const now = this.state.now();
    const org = buildOrganization(partial, { id: this.state.newOrgId(now), now, creator: memberFor(DEMO_USER, 'admin') });
    this.state.store.add(org);
    return org;
  }

  reseed(count: number, seed: number = DEFAULT_SEED): void {
    this.state.store.replaceAll(seedOrganizations(count, seed));
    this.state.invites.replaceAll(seedInvitations(this.state.store.organizations, this.state.now()));
  }

  clearRequests(): void {
    this.state.requests.length = 0;
  }

  setFault(fault: Fault | undefined): void {
    this.state.faults.set(fault);
  }

  /** Drops keep-alive and in-flight (e.g. delayed or streaming) connections instead of waiting for them. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closing;
  }
}

export async function startFakeLosant(options: FakeLosantOptions = {}): Promise<FakeLosant> {
  const store = new OrgStore();
  store.replaceAll(seedOrganizations(options.orgs ?? 25, options.seed ?? DEFAULT_SEED));
  const faults = new FaultSwitch();
  faults.set(options.fault);
  const now = options.now ?? (() => new Date());
  const invites = new InviteStore();
  invites.replaceAll(seedInvitations(store.organizations, now()));
  const state: ServerState = {
    store,
    invites,
    signInThrottle: new SignInThrottle(options.signInThrottle),
    secret: options.secret ?? randomBytes(32).toString('hex'),
    faults,
    requests: [],
    port: 0,
    now,
    newOrgId: createObjectIdGenerator(),
  };
  const server = createServer((req, res) => {
    handleRequest(state, req, res).catch((error: unknown) => {
      console.error('fake Losant: request failed', error);
      if (!res.headersSent) writeJson(res, internalErrorResponse());
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  state.port = port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return new FakeLosantServer(server, state, `http://${urlHost}:${port}`, port);
}
