// What the user types: organization names, descriptions and pasted tokens.
import * as assert from 'node:assert/strict';
import { checkOrganizationDescription, checkOrganizationName, checkToken, cleanToken, render, type Text } from '../../src/losant';

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
