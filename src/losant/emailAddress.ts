// What an email address must look like before it is sent: to sign in, or to invite someone.

/** emailAddress maxLength in Losant's schemas (userCredentials.json, orgInvitePost.json). */
export const EMAIL_MAX = 1024;

// One "@" with text on both sides and a dot in the domain, no spaces: enough to catch a slip;
// Losant's own check of the format has the last word.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailShaped(email: string): boolean {
  return EMAIL_SHAPE.test(email);
}
