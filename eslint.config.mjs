// ESLint flat config: typescript-eslint with type information, so that an unawaited
// promise or VS Code Thenable is an error (the classic extension bug).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    // The API client must stay free of VS Code so it can be tested (and reused) in plain Node.
    files: ['src/losant/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/losant/ and src/model/ must not import vscode.' }] }],
    },
  },
  {
    // Notifications (progress titles among them) render [label](command:…) as a runnable link:
    // they all go through messages.ts, which makes server and user text inert first.
    files: ['src/**/*.ts'],
    ignores: ['src/commands/messages.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(showErrorMessage|showWarningMessage|showInformationMessage|setStatusBarMessage|withProgress)$/]',
          message: 'Show notifications and progress through src/commands/messages.ts (showError, showInfo, showStatus, showProgress).',
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
