import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import request from 'supertest';
import { TestPlatform } from './support/platform';

const script = join(__dirname, '../scripts/api-types.js');
const schemaFile = join(__dirname, '../apps/console/src/api/schema.d.ts');

/**
 * The console's API types are generated from the OpenAPI document (scripts/api-types.js, issue 26)
 * and committed, so that a change of the API shows in review as a change of them. Every console
 * build generates them again; this test fails a change of a route or a DTO committed without them.
 */
describe('the console API types: what the OpenAPI document makes now', () => {
  const t = new TestPlatform();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it(`${relative(process.cwd(), schemaFile)} is openapi-typescript's output for /api/v1/docs-json`, async () => {
    const document = (await request(t.platform.app.getHttpServer()).get('/api/v1/docs-json').expect(200)).body;
    const file = join(t.dataDir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const fresh = execFileSync(process.execPath, [script, '--types', file], {
      encoding: 'utf8',
      // the types passed 1 MiB (issue 20), execFileSync's default buffer
      maxBuffer: 64 * 1024 * 1024,
    }).split('\n');
    const committed = readFileSync(schemaFile, 'utf8').split('\n');
    const line = fresh.findIndex((text, i) => text !== committed[i]);
    const differs =
      line === -1 && fresh.length === committed.length
        ? null
        : `differs from line ${line + 1}: ${JSON.stringify(committed[line])}, the document makes ${JSON.stringify(fresh[line])} (npm run api-types writes it again)`;
    expect(differs).toBeNull();
  });
});
