// Exits non-zero, with a clear line, when this Node.js cannot build the browser app (Vite 8 needs 20.19 or newer;
// Debian 12's own nodejs is 18). Called by ./kim and .ci/run before the build.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js ${process.version} is too old: the browser app needs 20.19 or newer`);
  process.exit(1);
}
