// The extension's id as VS Code knows it (publisher.name), read from package.json so that it is
// written down once. Plain data: the extension-host bundles (integration, bench) import it too.
import manifest from '../../package.json';

export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
