// lib/ marks the modules that reach the database or a secret with `import "server-only"`, so a
// client component that imports one fails the build instead of shipping it to browsers. Outside
// Next (the start, migrate and seed scripts, the bench) that import would throw, because only
// Next's server build resolves it to an empty module; scripts that load such modules import
// this file first, which does the same for plain Node.
import Module from "node:module";

const id = require.resolve("server-only");
const empty = new Module(id);
empty.filename = id;
empty.loaded = true;
empty.exports = {};
require.cache[id] = empty;
