// ESLint flat config: typescript-eslint with type information, so that an unawaited
// promise or VS Code Thenable is an error (the classic extension bug).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_VSCODE = ['losant', 'model'];

/** One no-restricted-imports rule per layer folder: nothing from a folder above it (or a peer), nor the wiring. */
function layerRules(layers) {
  return layers.flatMap((tier, i) =>
    tier.map((folder) => {
      const above = [...layers.slice(i + 1).flat(), ...tier.filter((f) => f !== folder)];
      const message = `src/${folder}/ may import only from the layers below it (${layers.slice(0, i).flat().join(', ') || 'none'}): see README, Layout.`;
      return {
        files: [`src/${folder}/**/*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: NO_VSCODE.includes(folder) ? [{ name: 'vscode', message: `src/${folder}/ must not import vscode.` }] : [],
              patterns: [{ group: [...above.flatMap((f) => [`../${f}`, `../${f}/*`]), '../explorer', '../extension'], message }],
            },
          ],
        },
      };
    }),
  );
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.test-cache/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  // The layers, lowest first (README, "Layout"): each imports only from the layers below it, and
  // the two lowest import no vscode, so they run in plain Node. The top layer's folders are
  // peers that do not import each other; src/explorer.ts wires them all together.
  ...layerRules([['losant'], ['model'], ['adapters'], ['tree'], ['flows'], ['commands', 'tools', 'auth']]),
  {
    // Notifications (progress titles among them) render [label](command:…) as a runnable link:
    // they all go through messages.ts, which makes server and user text inert first.
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/messages.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(showErrorMessage|showWarningMessage|showInformationMessage|setStatusBarMessage|withProgress)$/]',
          message: 'Show notifications and progress through src/adapters/messages.ts (showError, showInfo, showStatus, showProgress).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
