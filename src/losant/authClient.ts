// The calls made without a token, to get one: GET /auth/ssoDomain and POST /auth/user, as Losant's
// CLI signs in. No VS Code here.
import { ApiConnection, withOfficialFlags, type CallOptions } from './connection';
import { LosantApiError } from './errors';
import { parseAuthedUser, parseSsoDomain } from './parseUser';
import { requestJson } from './request';
import { signInError } from './signInErrors';
import type { AuthedUser, SsoDomain, UserCredentials } from './types';

export class AuthClient extends ApiConnection {
  /** GET /auth/ssoDomain: how the email's domain signs in through SSO, or undefined (204) when it uses passwords. */
  async ssoDomain(email: string, call: CallOptions = {}): Promise<SsoDomain | undefined> {
    const query = withOfficialFlags(new URLSearchParams({ email }));
    const res = await this.read(call, () =>
      requestJson({ ...this.defaults, method: 'GET', path: '/auth/ssoDomain', query, unloggedQuery: ['email'], signal: call.signal }),
    );
    return res.status === 204 ? undefined : parseSsoDomain(res.body);
  }

  /**
   * POST /auth/user: a token for the credentials. Sent once, never retried (a retry would count
   * as another failed attempt against the account). The password is masked in anything built
   * from the answer, and kept by nothing here. Throws a SignInError.
   */
  async signIn(credentials: UserCredentials, call: CallOptions = {}): Promise<AuthedUser> {
    const { email, password, twoFactorCode, requestedScopes, tokenTTL } = credentials;
    // Only the schema's properties, and no empty code: Losant refuses any other property.
    const body: UserCredentials = { email, password };
    if (twoFactorCode) body.twoFactorCode = twoFactorCode;
    if (requestedScopes) body.requestedScopes = [...requestedScopes];
    if (tokenTTL !== undefined) body.tokenTTL = tokenTTL;
    try {
      const res = await requestJson({
        ...this.defaults,
        method: 'POST',
        path: '/auth/user',
        body,
        secrets: twoFactorCode ? [password, twoFactorCode] : [password],
        signal: call.signal,
      });
      return parseAuthedUser(res.body);
    } catch (e) {
      throw e instanceof LosantApiError ? signInError(e, Boolean(twoFactorCode)) : e;
    }
  }
}
