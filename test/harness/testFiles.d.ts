// `virtual:test-files`: made by esbuild.js (testFilesPlugin) for each bundle of tests: the test
// files of that level found on disk when it is built, in name order.
declare module 'virtual:test-files' {
  export interface TestFile {
    /** Relative to the level's folder, with '/': `00-first-start.ui.ts`, `restrictedMode/restrictedMode.test.ts`. */
    readonly path: string;
    /** Runs the file (its describe() and it() calls), once. */
    load(): unknown;
  }
  export const testFiles: readonly TestFile[];
}
