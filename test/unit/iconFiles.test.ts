// The icon files behind organizations' colours: a hostile server chooses the colours.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IconFiles } from '../../src/model/iconFiles';

describe('organization icon files', () => {
  let folder: string;
  beforeEach(() => {
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'losant-icons-')), 'icons');
  });
  afterEach(() => fs.rmSync(path.dirname(folder), { recursive: true, force: true }));

  it('writes one small SVG per hex colour and finds it again', async () => {
    const icons = new IconFiles(folder);
    await icons.prepare(['#1a2B3c', '#1a2b3c', ' #fff ', undefined]);
    assert.deepEqual(fs.readdirSync(folder).sort(), ['org-1a2b3c.svg', 'org-fff.svg']);
    assert.equal(icons.fileFor('#1A2B3C'), path.join(folder, 'org-1a2b3c.svg'));
    assert.match(fs.readFileSync(path.join(folder, 'org-fff.svg'), 'utf8'), /^<svg [^>]*>.*fill="#fff".*<\/svg>$/);
  });

  it('refuses anything that is not a hex colour, so nothing can be injected into the SVG', async () => {
    const icons = new IconFiles(folder);
    const hostile = ['red', '#12345', '#fff"/><script>alert(1)</script>', 'url(javascript:x)', '#ggg', '../../etc/passwd', '#fff\n'.repeat(2)];
    await icons.prepare(hostile);
    assert.equal(fs.existsSync(folder), false, 'a file was written');
    for (const c of hostile) assert.equal(icons.fileFor(c), undefined, c);
  });

  it('writes at most a bounded number of files; further colours get the plain icon', async () => {
    const icons = new IconFiles(folder, 50);
    const colors = Array.from({ length: 2000 }, (_, i) => `#${i.toString(16).padStart(6, '0')}`);
    await icons.prepare(colors.slice(0, 1000));
    await icons.prepare(colors.slice(1000));
    assert.equal(fs.readdirSync(folder).length, 50);
    assert.equal(colors.filter((c) => icons.fileFor(c)).length, 50);
  });

  it("empties the folder of earlier sessions' icons when it starts", async () => {
    fs.mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(folder, `org-old${i}.svg`), '<svg/>');
    const icons = new IconFiles(folder);
    await icons.prepare(['#abcdef']);
    assert.deepEqual(fs.readdirSync(folder), ['org-abcdef.svg']);
  });

  it('gives a colour a file only once it is written, also to a second prepare that overlaps the first', async () => {
    const icons = new IconFiles(folder);
    const colors = Array.from({ length: 200 }, (_, i) => `#${(i * 4099).toString(16).padStart(6, '0')}`);
    let finished = false;
    const first = icons.prepare(colors).then(() => (finished = true));
    let overlapped = false;
    // While the writes run, every colour that has a file has it on disk.
    while (!finished) {
      const withFile = colors.filter((c) => icons.fileFor(c));
      for (const c of withFile) assert.ok(fs.existsSync(icons.fileFor(c)!), `${c} has a file that is not written yet`);
      if (!overlapped && withFile.length > 0) {
        // As when the tree asks for its rows again meanwhile: the second prepare waits for the writes.
        overlapped = true;
        const again = colors.slice(-10);
        await icons.prepare(again);
        for (const c of again) assert.ok(icons.fileFor(c) && fs.existsSync(icons.fileFor(c)!), `${c} is not written after its prepare resolved`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await first;
    assert.ok(overlapped, 'the second prepare overlapped the first');
  });

  it('keeps the plain icon when the folder cannot be written', async () => {
    const blocker = path.join(path.dirname(folder), 'file');
    fs.writeFileSync(blocker, 'not a folder');
    const icons = new IconFiles(path.join(blocker, 'icons'));
    await icons.prepare(['#abcdef']);
    assert.equal(icons.fileFor('#abcdef'), undefined);
  });
});
