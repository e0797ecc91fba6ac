// Found in the test build's bundle and, a unit test checks, never in the packaged one. Its own
// module, so that the plain-Node unit test can read it without loading VS Code.
export const TEST_CHANNEL_MARKER = 'losant-explorer:test-channel';
