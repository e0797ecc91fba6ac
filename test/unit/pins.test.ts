// Pinned and recently opened organizations: per installation and account, in pinning order, bounded,
// and read back safely from what another machine synced.
import * as assert from 'node:assert/strict';
import { MAX_PINS, MAX_RECENT, PINS_KEY, PinStore } from '../../src/model/pins';
import { MemoryState } from './memoryStorage';

const DANA = { apiUrl: 'https://api.losant.com', account: 'u-dana' };
const DANA_PRIVATE = { apiUrl: 'https://losant.acme.example', account: 'u-dana' };
const SAM = { apiUrl: 'https://api.losant.com', account: 'u-sam' };
const id = (n: number) => n.toString(16).padStart(24, '0');
const org = (n: number, name = `Org ${n}`) => ({ id: id(n), name });

describe('pinned organizations', () => {
  let state: MemoryState;
  let pins: PinStore;
  beforeEach(() => {
    state = new MemoryState();
    pins = new PinStore(state);
  });

  it('are kept in the order pinned, per installation and account', async () => {
    await pins.pin(DANA, org(3));
    await pins.pin(DANA, org(1));
    await pins.pin(DANA, org(3));
    await pins.pin(DANA_PRIVATE, org(2));
    assert.deepEqual(
      pins.pinned(DANA).map((p) => p.name),
      ['Org 3', 'Org 1'],
    );
    assert.deepEqual(
      pins.pinned(DANA_PRIVATE).map((p) => p.name),
      ['Org 2'],
    );
    assert.deepEqual(pins.pinned(SAM), []);
    assert.equal(pins.isPinned(DANA, id(1)), true);
  });

  it('unpin removes one; a rename on the server is remembered for when it is no longer available', async () => {
    await pins.pin(DANA, org(1));
    await pins.pin(DANA, org(2));
    await pins.rename(DANA, org(2, 'Renamed'));
    await pins.unpin(DANA, id(1));
    assert.deepEqual(pins.pinned(DANA), [org(2, 'Renamed')]);
    await pins.unpin(DANA, id(2));
    assert.equal(state.get(PINS_KEY), undefined, 'nothing left, nothing stored');
  });

  it('tells which account changed', async () => {
    const told: string[] = [];
    pins.onDidChange((o) => told.push(`${o.apiUrl} ${o.account}`));
    await pins.pin(SAM, org(1));
    await pins.unpin(SAM, id(1));
    assert.deepEqual(told, [`${SAM.apiUrl} ${SAM.account}`, `${SAM.apiUrl} ${SAM.account}`]);
  });

  it(`keeps at most ${MAX_PINS} pins an account`, async () => {
    for (let n = 1; n <= MAX_PINS; n++) assert.equal(await pins.pin(DANA, org(n)), true);
    assert.equal(await pins.pin(DANA, org(999)), false);
    assert.equal(pins.pinned(DANA).length, MAX_PINS);
  });

  it('synced data from elsewhere is checked: no bad ids, no duplicates, names made inert and bounded', async () => {
    await state.update(PINS_KEY, {
      [`${DANA.apiUrl} ${DANA.account}`]: [
        { id: 'not-an-id', name: 'x' },
        { id: id(1), name: '[run](command:losant.signOut)' + 'x'.repeat(400) },
        { id: id(1), name: 'again' },
        { id: id(2) },
        'junk',
      ],
      other: 'junk',
    });
    const list = pins.pinned(DANA);
    assert.deepEqual(
      list.map((p) => p.id),
      [id(1), id(2)],
    );
    assert.ok(!list[0].name.includes('](command:'), 'no runnable link');
    assert.ok([...list[0].name].length <= 255);
    assert.equal(list[1].name, '');
  });

  it(`recently opened: newest first, each once, at most ${MAX_RECENT}`, async () => {
    for (let n = 1; n <= MAX_RECENT + 2; n++) await pins.opened(DANA, org(n));
    await pins.opened(DANA, org(5));
    const recent = pins.recent(DANA).map((p) => p.name);
    assert.equal(recent.length, MAX_RECENT);
    assert.deepEqual(recent.slice(0, 2), ['Org 5', `Org ${MAX_RECENT + 2}`]);
    assert.equal(new Set(recent).size, MAX_RECENT);
    assert.deepEqual(pins.recent(SAM), []);
  });
});
