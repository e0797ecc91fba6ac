// Checks the bodies of GET /me, POST /auth/user and GET /auth/ssoDomain against the contract's
// shapes. Fields of a wrong type are dropped rather than trusted; what cannot be done without
// (a user's id, the token) makes the answer unusable.
import { unexpectedResponse } from './errors';
import type { AuthedUser, LosantUser, SsoDomain } from './types';
import { isJsonObject, type JsonObject } from './json';

const stringField = (o: JsonObject, name: string): string | undefined => (typeof o[name] === 'string' ? (o[name] as string) : undefined);
const booleanField = (o: JsonObject, name: string): boolean | undefined => (typeof o[name] === 'boolean' ? (o[name] as boolean) : undefined);

/** `GET /me` (me.json). */
export function parseUser(body: unknown): LosantUser {
  if (!isJsonObject(body)) throw unexpectedResponse('the user is not a JSON object');
  const id = stringField(body, 'id') ?? stringField(body, 'userId');
  if (!id) throw unexpectedResponse('the user has no id');
  const user: LosantUser = { id };
  for (const name of ['email', 'firstName', 'lastName', 'fullName', 'avatarUrl'] as const) {
    const value = stringField(body, name);
    if (value !== undefined) user[name] = value;
  }
  for (const name of ['emailVerified', 'needsToVerifyEmail', 'twoFactorAuthEnabled'] as const) {
    const value = booleanField(body, name);
    if (value !== undefined) user[name] = value;
  }
  return user;
}

/** `POST /auth/user`'s 200 (authedUser.json). */
export function parseAuthedUser(body: unknown): AuthedUser {
  if (!isJsonObject(body)) throw unexpectedResponse('the sign-in answer is not a JSON object');
  const token = stringField(body, 'token');
  if (!token) throw unexpectedResponse('the sign-in answer has no token');
  const userId = stringField(body, 'userId') ?? '';
  return body.needsToVerifyEmail === true ? { userId, token, needsToVerifyEmail: true } : { userId, token };
}

/**
 * `GET /auth/ssoDomain`'s 200 (ssoRequest.json). Any 200 means SSO, as Losant's CLI takes it (it
 * tests only that there is an answer); the fields are kept when they are text.
 */
export function parseSsoDomain(body: unknown): SsoDomain {
  const o = isJsonObject(body) ? body : {};
  return { ssoType: stringField(o, 'ssoType') ?? 'SAML', ssoRequest: stringField(o, 'ssoRequest') ?? '' };
}
