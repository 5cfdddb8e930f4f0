// Stops the embedded databases, or drops the per-worker clones on the server (global-setup.js).
module.exports = async function globalTeardown() {
  await globalThis.__testDatabaseCleanup?.();
};
