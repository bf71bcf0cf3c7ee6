/**
 * The web console's API types, generated from the OpenAPI document (issue 26): boots the compiled
 * platform in a child process on a throw-away data directory (no server to start, nothing left
 * behind), reads `/api/v1/docs-json`, writes it to dist/openapi.json and turns it into TypeScript
 * with openapi-typescript: apps/console/src/api/schema.d.ts, which the console's typed client
 * (apps/console/src/api/index.ts) reads. `npm run build:console` runs this first, so a route or a field
 * the console uses and the API no longer has fails the console's `tsc` (docs/DECISIONS.md 49).
 *
 * Fresh when the compiled platform is the one the last generation read (dist/openapi.stamp) and
 * schema.d.ts is what it wrote: then nothing boots. The schema is written only when it changes,
 * so ensure-console.js rebuilds the console exactly when the API changed. The generation runs in
 * a child process (`--generate`) while this one holds the build lock (build-lock.js).
 */
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, relative } = require('node:path');

const { runIfLockedChild, runLocked } = require('./build-lock');

// ensure-built.js requires ensure-console.js, which requires this file: read it when called
const serverBuild = () => require('./ensure-built');

const root = join(__dirname, '..');
const schemaFile = join(root, 'apps/console/src/api/schema.d.ts');
const documentFile = join(root, 'dist/openapi.json');
const stampFile = join(root, 'dist/openapi.stamp');

const BANNER = [
  '/**',
  ' * Generated from the OpenAPI document (/api/v1/docs-json) by scripts/api-types.js with',
  ' * openapi-typescript: do not edit. `npm run api-types` (or any console build) writes it again.',
  ' */',
  '',
].join('\n');

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The document the compiled platform serves, read from a platform started only for this. */
async function documentOfPlatform() {
  // the document does not depend on deployment settings: none of this shell's GONGJIAN_* applies
  for (const name of Object.keys(process.env))
    if (name.startsWith('GONGJIAN_') && !name.startsWith('GONGJIAN_BUILD_LOCK')) delete process.env[name];
  const { startPlatform } = require(join(root, 'dist/apps/platform/src/platform'));
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-openapi-'));
  try {
    const platform = await startPlatform(
      {
        dataDir,
        port: 0,
        host: '127.0.0.1',
        service: 'platform',
        eventStore: 'sqlite',
        bus: 'memory',
        readStore: 'memory',
      },
      false,
    );
    try {
      const res = await fetch(`${platform.url}/api/v1/docs-json`);
      if (!res.ok) throw new Error(`GET /api/v1/docs-json answered ${res.status}`);
      return await res.json();
    } finally {
      await platform.app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A query DTO with rules between its fields is one object parameter in the document
 * (`style: form, explode: true`: its fields are the query's names), which openapi-typescript
 * types as one field named after the object. For the console's types it is spread into one
 * parameter per field, as a client sends them; the rules between them stay the server's.
 */
function spreadQueryObjects(document) {
  const schemas = document.components?.schemas ?? {};
  for (const operations of Object.values(document.paths ?? {}))
    for (const operation of Object.values(operations)) {
      if (!operation || !Array.isArray(operation.parameters)) continue;
      operation.parameters = operation.parameters.flatMap((parameter) => {
        if (parameter.in !== 'query' || parameter.style !== 'form' || parameter.explode !== true) return [parameter];
        const ref = parameter.schema?.$ref;
        const schema = typeof ref === 'string' ? schemas[ref.split('/').pop()] : parameter.schema;
        if (!schema?.properties) return [parameter];
        const required = new Set(schema.required ?? []);
        return Object.entries(schema.properties).map(([name, property]) => ({
          name,
          in: 'query',
          required: required.has(name),
          schema: property,
        }));
      });
    }
  return document;
}

/**
 * The TypeScript of a document: openapi-typescript's defaults, our banner. `--types <document.json>`
 * prints it (test/console-api-types.e2e.spec.ts: openapi-typescript needs Node's require of ES
 * modules, which Jest's module loader lacks).
 */
async function typesOf(document) {
  const { default: openapiTS, astToString } = require('openapi-typescript');
  const ast = await openapiTS(spreadQueryObjects(structuredClone(document)));
  return BANNER + astToString(ast);
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

/** `--generate`, in a process of its own (the caller holds the build lock): boot, read, write. */
async function generate() {
  const server = serverBuild().serverBuiltUpTo();
  const document = await documentOfPlatform();
  const types = await typesOf(document);
  mkdirSync(dirname(documentFile), { recursive: true });
  writeFileSync(documentFile, `${JSON.stringify(document, null, 2)}\n`);
  const current = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null;
  if (types !== current) {
    mkdirSync(dirname(schemaFile), { recursive: true });
    writeFileSync(schemaFile, types);
    console.log(`[gongjian] ${relative(root, schemaFile)} written: the API changed`);
  }
  writeFileSync(stampFile, JSON.stringify({ server, types: sha256(types) }));
}

/**
 * Under the build lock: compiles the platform if its sources changed, then generates the types
 * unless the stamp says they were made from this very build and schema.d.ts is untouched since.
 */
function refresh(log) {
  serverBuild().buildServerIfStale(log);
  const current = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null;
  const stamp = readStamp();
  if (current !== null && stamp?.server === serverBuild().serverBuiltUpTo() && stamp.types === sha256(current)) return;
  log('[gongjian] generating the console API types from the OpenAPI document…');
  execFileSync(process.execPath, [__filename, '--generate'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GONGJIAN_BUILD_LOCK_HELD: '1' },
  });
}

const defaultLog = (message) => console.log(message);

/** Fresh API types for the console (used by ensure-console.js and `npm run api-types`). */
function ensureApiTypes(log = defaultLog) {
  runLocked(__filename, () => refresh(log), { quiet: log !== defaultLog });
}

module.exports = { ensureApiTypes, refresh, schemaFile };

if (require.main === module) {
  const types = process.argv.indexOf('--types');
  if (types !== -1)
    typesOf(JSON.parse(readFileSync(process.argv[types + 1], 'utf8'))).then(
      (text) => process.stdout.write(text),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  else if (process.argv.includes('--generate'))
    generate().then(
      () => process.exit(0), // a handle the platform left open must not hold the build
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  else if (!runIfLockedChild(refresh)) ensureApiTypes();
}
