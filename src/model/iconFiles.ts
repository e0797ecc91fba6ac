// The small SVG files behind organizations' `iconColor` dots (VS Code tree icons must be files).
// Colours come from the server, so: only hex colours, a bounded number of files, written without
// blocking the extension host, and the folder emptied when the extension starts.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

// Only hex colours: anything else could inject markup into the SVG.
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** More distinct colours than any real user has organizations in; the rest get the plain icon. */
const MAX_ICON_FILES = 256;

function svgFor(hex: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="2" y="2" width="12" height="12" rx="3" fill="${hex}"/><path d="M5 5h2v2H5zm4 0h2v2H9zM5 9h2v2H5zm4 0h2v2H9z" fill="#fff" fill-opacity=".85"/></svg>`;
}

/** The normalized colour, or undefined when it is not a hex colour. */
function hexColor(color: string | undefined): string | undefined {
  const c = color?.trim().toLowerCase();
  return c && HEX.test(c) ? c : undefined;
}

export class IconFiles {
  /** Colours whose file is written. */
  private readonly files = new Map<string, string>();
  /** Colours whose file is being written: a second prepare waits for it rather than skip it. */
  private readonly writing = new Map<string, Promise<void>>();
  private readonly failed = new Set<string>();
  private readonly cleaned: Promise<void>;

  constructor(
    private readonly folder: string,
    private readonly max = MAX_ICON_FILES,
  ) {
    // Icons of earlier runs are not reused: the folder holds this run's colours only.
    this.cleaned = fs.rm(folder, { recursive: true, force: true }).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Resolves once the files of these colours are written (up to the bound). Never rejects. */
  async prepare(colors: Iterable<string | undefined>): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const c of colors) {
      const hex = hexColor(c);
      if (!hex || this.files.has(hex) || this.failed.has(hex)) continue;
      let write = this.writing.get(hex);
      if (!write) {
        if (this.files.size + this.writing.size >= this.max) continue;
        write = this.write(hex);
        this.writing.set(hex, write);
      }
      waits.push(write);
    }
    await Promise.all(waits);
  }

  /** The file of a prepared colour, or undefined (not a hex colour, not written, over the bound). */
  fileFor(color: string | undefined): string | undefined {
    const hex = hexColor(color);
    return hex ? this.files.get(hex) : undefined;
  }

  private async write(hex: string): Promise<void> {
    const file = path.join(this.folder, `org-${hex.slice(1)}.svg`);
    try {
      await this.cleaned;
      await fs.mkdir(this.folder, { recursive: true });
      await fs.writeFile(file, svgFor(hex));
      this.files.set(hex, file);
    } catch {
      this.failed.add(hex); // no storage: this colour keeps the plain icon
    } finally {
      this.writing.delete(hex);
    }
  }
}
