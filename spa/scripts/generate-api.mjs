// Generates the typed API client's types from the services' OpenAPI documents (docs/api, which a test in
// each service keeps equal to what the service serves). The output is build output: never edited, never committed.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const documents = new URL('../../docs/api/', import.meta.url);
const target = new URL('../src/api/generated/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const file of readdirSync(documents).filter((name) => name.endsWith('.yaml'))) {
  const ast = await openapiTS(new URL(file, documents));
  const out = join(target.pathname, basename(file, '.yaml') + '.ts');
  writeFileSync(out, '// Generated from docs/api/' + file + ' by scripts/generate-api.mjs. Do not edit.\n' + astToString(ast));
  console.log('generated', out);
}
