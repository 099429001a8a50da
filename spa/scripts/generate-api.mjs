// Generates, from the services' OpenAPI documents (docs/api, which a test in each service keeps equal to what the
// service serves): the typed API client's types (openapi-typescript) and zod schemas of the request bodies
// (@hey-api/openapi-ts), with which forms check before sending what the API would refuse. The output is build output:
// never edited, never committed.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createClient } from '@hey-api/openapi-ts';

const documents = new URL('../../docs/api/', import.meta.url);
const target = new URL('../src/api/generated/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const file of readdirSync(documents).filter((name) => name.endsWith('.yaml'))) {
  const service = basename(file, '.yaml');
  const ast = await openapiTS(new URL(file, documents));
  const out = join(target.pathname, service + '.ts');
  writeFileSync(out, '// Generated from docs/api/' + file + ' by scripts/generate-api.mjs. Do not edit.\n' + astToString(ast));

  const scratch = join(target.pathname, '.zod-' + service);
  await createClient({
    input: new URL(file, documents).pathname,
    output: { path: scratch, format: false, lint: false, indexFile: false },
    plugins: [{ name: 'zod', compatibilityVersion: 4, definitions: true, requests: false, responses: false }],
    logs: { level: 'silent' },
  });
  renameSync(join(scratch, 'zod.gen.ts'), join(target.pathname, service + '.zod.ts'));
  rmSync(scratch, { recursive: true, force: true });
  console.log('generated', out, 'and its zod schemas');
}
