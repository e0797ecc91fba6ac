// The sign-in form, as Losant's CLI asks: the email (then whether it signs in through SSO), the
// password (hidden), and a two-factor code (optional, asked up front so one attempt is enough),
// with Back between them. The email is remembered by the caller; the password and the code live
// only in this form's answer, which the caller sends once and drops.
import * as vscode from 'vscode';
import { localize } from '../adapters/localize';
import type { EmailStep, PasswordSignIn } from '../model/signInFlow';
import { checkEmail, checkPassword, checkTwoFactorCode } from '../model/signInInput';
import { secretPrompt } from '../adapters/workspaceUrls';
import { inputStep } from './inputStep';
import { showProgress } from '../adapters/messages';
import { hostOf } from '../model/settingOrigin';

export type FormAnswer =
  | { kind: 'credentials'; credentials: PasswordSignIn }
  /** The email step ended the form: SSO, or the email could not be looked up. */
  | { kind: 'email'; step: Exclude<EmailStep, { kind: 'password' }> }
  | { kind: 'cancel' };

/**
 * Asks for the credentials. `form.email` starts the email box and keeps what is typed there, even
 * after Escape; `lookUp` runs after the email is accepted (GET /auth/ssoDomain).
 */
export async function askForCredentials(apiUrl: string, form: { email: string }, lookUp: (email: string) => Promise<EmailStep>): Promise<FormAnswer> {
  const host = hostOf(apiUrl);
  const title = vscode.l10n.t('Sign In to Losant at {0}', host);
  let password = '';
  let index = 1;
  for (;;) {
    if (index === 1) {
      const email = await inputStep({
        title,
        step: 1,
        totalSteps: 3,
        value: form.email,
        prompt: vscode.l10n.t('The email address of your Losant account'),
        placeholder: vscode.l10n.t('name@example.com'),
        check: (v) => (v === '' ? undefined : localize(checkEmail(v))),
        back: false,
        onChange: (v) => (form.email = v),
      });
      if (email.kind !== 'next') return { kind: 'cancel' };
      const problem = checkEmail(email.value);
      if (problem) continue; // empty: ask again
      form.email = email.value.trim();
      const step = await showProgress(vscode.l10n.t('Looking up {0} on {1}…', form.email, host), () => lookUp(form.email), 'window');
      if (step.kind !== 'password') return { kind: 'email', step };
      index = 2;
    } else if (index === 2) {
      const answer = await inputStep({
        ...secretPrompt(
          title,
          vscode.l10n.t('The Losant password of {0}. It is sent once to {1} and never stored; only the token Losant returns is kept.', form.email, host),
        ),
        step: 2,
        totalSteps: 3,
        value: '',
        placeholder: vscode.l10n.t('Password'),
        password: true,
        check: (v) => (v === '' ? undefined : localize(checkPassword(v))),
        back: true,
      });
      if (answer.kind === 'cancel') return { kind: 'cancel' };
      if (answer.kind === 'back') {
        index = 1;
        continue;
      }
      if (checkPassword(answer.value)) continue; // empty: ask again
      password = answer.value;
      index = 3;
    } else {
      const answer = await inputStep({
        ...secretPrompt(
          title,
          vscode.l10n.t(
            'The current code from your authenticator app, if your account uses two-factor authentication; otherwise leave it empty and press Enter.',
          ),
        ),
        step: 3,
        totalSteps: 3,
        value: '',
        placeholder: vscode.l10n.t('Two-factor code (optional)'),
        password: true,
        check: (v) => localize(checkTwoFactorCode(v)),
        back: true,
      });
      if (answer.kind === 'cancel') return { kind: 'cancel' };
      if (answer.kind === 'back') {
        index = 2;
        continue;
      }
      return { kind: 'credentials', credentials: { email: form.email, password, twoFactorCode: answer.value } };
    }
  }
}
