// The unit tests' bundle (out/test/unit/index.js, which mocha runs with the globals it sets up):
// every test/unit/**/*.test.ts, in name order, found on disk when it is built.
import { testFiles } from 'virtual:test-files';

for (const file of testFiles) file.load();
