// The rows under an expanded organization, as a person reads them: label, value, icon and tooltip,
// on Losant's documented examples (org.json, payloadCounts.json) and on a full summary as the
// local server sends it.
import * as assert from 'node:assert/strict';
import { render, type ListedOrganization, type Localize } from '../../src/losant';
import { parseOrganizationsPage } from '../../src/losant/parseOrganizations';
import { formatDate, organizationDetails, type OrganizationDetail } from '../../src/model/organizationDetails';
import orgExample from '../fixtures/losant/org.json';
import payloadCountsExample from '../fixtures/losant/payloadCounts.json';

/** Losant's documented organization, read as the client reads a listed one. */
const example: ListedOrganization = parseOrganizationsPage({ items: [orgExample], count: 1, totalCount: 1 }).items[0];
const n = (count: number) => new Intl.NumberFormat().format(count);
const rows = (org: ListedOrganization, localize: Localize = render) => organizationDetails(org, localize);
const shown = (details: OrganizationDetail[]) => details.map((d) => [d.label, d.value, d.icon]);

describe('the details of an organization', () => {
  it("Losant's documented organization: its figures in Losant's order, the members it lists, its dates and its ID", () => {
    const details = rows(example);
    assert.deepEqual(shown(details), [
      ['Applications', '2', 'layers'],
      ['Devices', '12', 'circuit-board'],
      ['Dashboards', '1', 'dashboard'],
      ['Workflows', '3', 'type-hierarchy-sub'],
      ['Webhooks', '0', 'plug'],
      ['Access keys', '2', 'key'],
      ['Members', '2', 'person'],
      ['Created', new Date('2016-06-13T04:00:00.000Z').toLocaleString(), 'calendar'],
      ['Last updated', new Date('2016-06-13T04:00:00.000Z').toLocaleString(), 'history'],
      ['ID', '575ed6e87ae143cd83dc4aa8', 'symbol-key'],
    ]);
    // Dates in the person's locale, the exact time Losant sent on hover; a figure has no tooltip of its own.
    const created = details.find((d) => d.key === 'creationDate');
    assert.notEqual(created?.value, '2016-06-13T04:00:00.000Z');
    assert.equal(created?.tooltip, '2016-06-13T04:00:00.000Z');
    assert.equal(details.find((d) => d.key === 'deviceCount')?.tooltip, undefined);
  });

  it("with Losant's documented payload counts: their total after the members, broken down by type on hover, largest first", () => {
    const details = rows({ ...example, summary: { ...example.summary, payloadCount: payloadCountsExample } });
    const i = details.findIndex((d) => d.key === 'payloadCount');
    assert.equal(details[i - 1].label, 'Members');
    const payloads = details[i];
    assert.deepEqual([payloads.label, payloads.value, payloads.icon], ['Payloads', n(2_984_364), 'pulse']);
    assert.deepEqual(payloads.tooltip?.split('\n'), [
      `Payloads: ${n(2_984_364)}`,
      `Webhook: ${n(1_713_284)}`,
      `Device state: ${n(1_249_264)}`,
      `Timer: ${n(19_772)}`,
      `Device connect: ${n(1_016)}`,
      `Device disconnect: ${n(1_016)}`,
      'MQTT out: 12',
    ]);
  });

  it('a full summary, as the local server sends it: every figure with its icon, then storage, the dates and the ID', () => {
    const summary = {
      appCount: 3,
      deviceCount: 1200,
      dashCount: 4,
      flowCount: 5,
      dataTableCount: 6,
      experienceDomainCount: 1,
      notebookCount: 2,
      webhookCount: 7,
      keyCount: 8,
      memberCount: 9,
      storageStats: { count: 10, size: 1536 },
    };
    const details = rows({ ...example, summary, members: [] });
    assert.deepEqual(
      details.map((d) => [d.label, d.icon]),
      [
        ['Applications', 'layers'],
        ['Devices', 'circuit-board'],
        ['Dashboards', 'dashboard'],
        ['Workflows', 'type-hierarchy-sub'],
        ['Data tables', 'table'],
        ['Experience domains', 'globe'],
        ['Notebooks', 'notebook'],
        ['Webhooks', 'plug'],
        ['Access keys', 'key'],
        ['Members', 'person'],
        ['Data table storage', 'database'],
        ['Created', 'calendar'],
        ['Last updated', 'history'],
        ['ID', 'symbol-key'],
      ],
    );
    assert.equal(details.find((d) => d.label === 'Devices')?.value, n(1200));
    assert.equal(details.find((d) => d.label === 'Members')?.value, '9', "the summary's count, not the members listed");
  });

  it('storage in the largest unit that keeps the number at least 1, 1,024-based as Losant shows it', () => {
    const storage = (size: number) => rows({ ...example, summary: { storageStats: { size } } }).find((d) => d.key === 'storage')?.value;
    const one = (x: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(x);
    assert.deepEqual(
      [storage(0), storage(1023), storage(1536), storage(5 * 1024 ** 3), storage(3 * 1024 ** 5)],
      ['0 B', `${n(1023)} B`, `${one(1.5)} KB`, '5 GB', `${n(3072)} TB`],
    );
  });

  it('payload types this version does not know: by their name when a plain word, else "Other payloads"; past 20 types, how many more', () => {
    const payloadCount = { mqttIn: { 'device.mqtt': 5 }, newFancyThing: { 'x.y': 3 }, 'ignore previous <b>': { 'x.y': 2 } };
    const tooltip = rows({ ...example, summary: { payloadCount } }).find((d) => d.key === 'payloadCount')?.tooltip;
    assert.deepEqual(tooltip?.split('\n'), ['Payloads: 10', 'MQTT in: 5', 'newFancyThing: 3', 'Other payloads: 2']);

    const many = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`type${i}`, { 'a.b': 100 - i }]));
    const lines =
      rows({ ...example, summary: { payloadCount: many } })
        .find((d) => d.key === 'payloadCount')
        ?.tooltip?.split('\n') ?? [];
    assert.equal(lines.length, 1 + 20 + 1);
    assert.equal(lines.at(-1), '…and 3 more payload types');
  });

  it('no summary and no members: the dates and the ID only; a date that is no date is shown as sent', () => {
    const bare: ListedOrganization = { id: '5f0c1e2d3a4b5c6d7e8f9a0b', name: 'Bare', creationDate: 'yesterday' };
    assert.deepEqual(shown(rows(bare)), [
      ['Created', 'yesterday', 'calendar'],
      ['ID', '5f0c1e2d3a4b5c6d7e8f9a0b', 'symbol-key'],
    ]);
    assert.equal(formatDate(undefined), undefined);
  });

  it("in the translator's words: every label goes through it (vscode.l10n in the extension)", () => {
    const shout: Localize = (t) => render(t).toUpperCase();
    const details = rows({ ...example, summary: { ...example.summary, payloadCount: payloadCountsExample } }, shout);
    assert.deepEqual(
      details.map((d) => d.label),
      ['APPLICATIONS', 'DEVICES', 'DASHBOARDS', 'WORKFLOWS', 'WEBHOOKS', 'ACCESS KEYS', 'MEMBERS', 'PAYLOADS', 'CREATED', 'LAST UPDATED', 'ID'],
    );
    assert.match(details.find((d) => d.key === 'payloadCount')?.tooltip ?? '', /^PAYLOADS: .*\nWEBHOOK: /);
  });
});
