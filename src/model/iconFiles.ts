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
  private readonly files = new Map<string, string>();
  private readonly failed = new Set<string>();
  private readonly cleaned: Promise<void>;

  constructor(
    private readonly folder: string,
    private readonly max = MAX_ICON_FILES,
  ) {
    // Icons of earlier sessions are not reused: the folder holds this session's colours only.
    this.cleaned = fs.rm(folder, { recursive: true, force: true }).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Writes the files of the colours not written yet (up to the bound). Never rejects. */
  async prepare(colors: Iterable<string | undefined>): Promise<void> {
    const wanted = new Set<string>();
    for (const c of colors) {
      const hex = hexColor(c);
      if (hex && !this.files.has(hex) && !this.failed.has(hex)) wanted.add(hex);
    }
    if (wanted.size === 0) return;
    await this.cleaned;
    try {
      await fs.mkdir(this.folder, { recursive: true });
    } catch {
      return; // no storage: every organization keeps the plain icon
    }
    await Promise.all(
      [...wanted].map(async (hex) => {
        if (this.files.size >= this.max || this.files.has(hex)) return;
        const file = path.join(this.folder, `org-${hex.slice(1)}.svg`);
        this.files.set(hex, file); // reserve the place, so the bound holds while writes run
        try {
          await fs.writeFile(file, svgFor(hex));
        } catch {
          this.files.delete(hex);
          this.failed.add(hex);
        }
      }),
    );
  }

  /** The file of a prepared colour, or undefined (not a hex colour, not prepared, over the bound). */
  fileFor(color: string | undefined): string | undefined {
    const hex = hexColor(color);
    return hex ? this.files.get(hex) : undefined;
  }
}
