// What the user types: organization names, descriptions, pasted tokens, and the sign-in form.
import * as assert from 'node:assert/strict';
import { checkOrganizationDescription, checkOrganizationName, checkToken, cleanToken, render, type Text } from '../../src/losant';
import { checkEmail, checkPassword, checkTwoFactorCode, normalizeTwoFactorCode } from '../../src/model/signInInput';

const says = (t: Text | undefined): string => (t ? render(t) : 'nothing');

describe('input checks', () => {
  it('accepts a name of 1 to 255 characters once trimmed', () => {
    assert.equal(checkOrganizationName('A'), undefined);
    assert.equal(checkOrganizationName(`  ${'x'.repeat(255)}  `), undefined);
    assert.equal(checkOrganizationName('Ünïcødé Org – EU'), undefined);
  });

  it('explains what is wrong with an empty, long or control-character name', () => {
    assert.match(says(checkOrganizationName('')), /Enter a name/);
    assert.match(says(checkOrganizationName(' \t ')), /Enter a name/);
    assert.match(says(checkOrganizationName('x'.repeat(256))), /256 characters .* 255/);
    assert.match(says(checkOrganizationName('two\nlines')), /control characters/);
    assert.match(says(checkOrganizationName('bell\u0007')), /control characters/);
  });

  it('counts characters as Losant does: 255 emoji make a valid name, 256 do not', () => {
    assert.equal(checkOrganizationName('😀'.repeat(200)), undefined);
    assert.equal(checkOrganizationName('🛰'.repeat(255)), undefined);
    assert.match(says(checkOrganizationName('😀'.repeat(256))), /256 characters .* 255/);
    assert.equal(checkOrganizationDescription('😀'.repeat(32767)), undefined);
    assert.match(says(checkOrganizationDescription('😀'.repeat(32768))), /32768 characters .* 32767/);
  });

  it('allows a description up to 32767 characters, line breaks included', () => {
    assert.equal(checkOrganizationDescription(''), undefined);
    assert.equal(checkOrganizationDescription('line one\nline two'), undefined);
    assert.equal(checkOrganizationDescription('d'.repeat(32767)), undefined);
    assert.match(says(checkOrganizationDescription('d'.repeat(32768))), /32768 characters .* 32767/);
  });

  it('trims spaces, quotes, line breaks and a Bearer prefix pasted around a token', () => {
    assert.equal(cleanToken('  abc.def.ghi \n'), 'abc.def.ghi');
    assert.equal(cleanToken('"abc.def.ghi"'), 'abc.def.ghi');
    assert.equal(cleanToken("\r\n'abc.def.ghi'\r\n"), 'abc.def.ghi');
    assert.equal(cleanToken('Bearer abc.def.ghi'), 'abc.def.ghi');
    assert.equal(cleanToken('  " " '), undefined);
  });

  it('refuses an empty token or one with spaces inside', () => {
    assert.match(says(checkToken(undefined)), /Paste a Losant user API token/);
    assert.match(says(checkToken('abc def')), /spaces or line breaks/);
    assert.match(says(checkToken('abc\ndef')), /spaces or line breaks/);
    assert.equal(checkToken('abc.def.ghi'), undefined);
  });
});

describe('sign-in input checks', () => {
  it('takes an email of up to 1024 characters once trimmed, and refuses what is not one', () => {
    assert.equal(checkEmail('  demo@losant-explorer.test '), undefined);
    assert.equal(checkEmail(`${'a'.repeat(1012)}@example.com`), undefined);
    assert.match(says(checkEmail(`${'a'.repeat(1013)}@example.com`)), /1025 characters .* 1024/);
    assert.match(says(checkEmail('')), /Enter the email address/);
    for (const email of ['demo', 'demo@', '@example.com', 'demo@example', 'de mo@example.com'])
      assert.match(says(checkEmail(email)), /whole email address/, email);
  });

  it('takes a password of 8 to 2048 characters (counted as Losant counts them), and never repeats it', () => {
    assert.equal(checkPassword('12345678'), undefined);
    assert.equal(checkPassword('p'.repeat(2048)), undefined);
    assert.equal(checkPassword('🔑'.repeat(2048)), undefined);
    assert.match(says(checkPassword('')), /Enter your Losant password/);
    assert.match(says(checkPassword('1234567')), /at least 8 characters/);
    assert.match(says(checkPassword('🔑🔑🔑🔑')), /at least 8 characters/, 'four emoji are four characters, not eight');
    assert.match(says(checkPassword('p'.repeat(2049))), /at most 2048 characters/);
    for (const password of ['1234567', 'secret!', 'q'.repeat(2049)]) assert.ok(!says(checkPassword(password)).includes(password));
  });

  it('takes no two-factor code, or 6 to 8 digits with the spaces an app shows', () => {
    for (const code of ['', '  ', '123456', '123 456', '12345678', '123-456']) assert.equal(checkTwoFactorCode(code), undefined, code);
    assert.equal(normalizeTwoFactorCode(' 123 456 '), '123456');
    for (const code of ['12345', '123456789', 'abcdef', '12345x']) assert.match(says(checkTwoFactorCode(code)), /6 digits/, code);
  });
});
