import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * The deployment files as CI sees them (issue 24): every file `kubectl apply -f deploy/k8s/`
 * applies, against the Kubernetes JSON schemas of its kind (yannh/kubernetes-json-schema,
 * standalone-strict: an unknown or misspelt field is an error), and docker-compose.yml against
 * the compose-spec schema; all vendored in deploy/schemas/ (README there: source and version).
 * No cluster, no docker, no network.
 */
const root = join(__dirname, '..');
const schemas = join(root, 'deploy/schemas');
const K8S_VERSION = 'v1.32.2-standalone-strict';

/** apiVersion + kind → the vendored schema; a kind not listed here must get its schema vendored. */
const KINDS: Record<string, string> = {
  'apps/v1 Deployment': 'deployment-apps-v1.json',
  'v1 Service': 'service-v1.json',
  'v1 ConfigMap': 'configmap-v1.json',
  'policy/v1 PodDisruptionBudget': 'poddisruptionbudget-policy-v1.json',
};

function ajv(): Ajv {
  // strict off: the Kubernetes schemas carry x-kubernetes-* annotations, the compose schema
  // draft-07 keywords ajv's strict mode frowns upon; formats: int32, int64, byte, date-time…
  const instance = new Ajv({ allErrors: true, strict: false });
  addFormats(instance);
  return instance;
}

const compiled = new Map<string, ValidateFunction>();
function schemaFor(file: string): ValidateFunction {
  if (!compiled.has(file)) {
    // the compose schema names its draft as https://json-schema.org/draft-07/schema, which ajv
    // knows as http://…#: the draft is ajv's default, the name is dropped
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(join(schemas, file), 'utf8'));
    compiled.set(file, ajv().compile(schema));
  }
  return compiled.get(file)!;
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);

interface Manifest {
  file: string;
  index: number;
  body: any;
}

/**
 * The documents `kubectl apply -f deploy/k8s/` applies: *.yaml, *.yml, *.json, not recursive; or
 * those of a variant applied after it (`deploy/k8s/postgres/`).
 */
function appliedManifests(folder = 'deploy/k8s'): Manifest[] {
  const dir = join(root, folder);
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return files.flatMap((file) =>
    parseAllDocuments(readFileSync(join(dir, file), 'utf8'))
      .map((doc, index) => {
        if (doc.errors.length) throw new Error(`${folder}/${file} #${index}: ${doc.errors[0].message}`);
        return { file, index, body: doc.toJS() };
      })
      .filter((m) => m.body !== null && m.body !== undefined),
  );
}

/** The schema errors of one Kubernetes object; a kind without a vendored schema is an error too. */
function kubernetesErrors(body: any): string[] {
  const key = `${body?.apiVersion} ${body?.kind}`;
  const file = KINDS[key];
  if (!file) return [`no vendored schema for ${key} (add it to deploy/schemas/kubernetes/${K8S_VERSION}/)`];
  const validate = schemaFor(`kubernetes/${K8S_VERSION}/${file}`);
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** docker-compose.yml as compose reads it: YAML merge keys (`<<: *service`) resolved. */
function composeFile(): any {
  return parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
}

function composeErrors(body: unknown): string[] {
  const validate = schemaFor('compose/compose-spec.json');
  return validate(body) ? [] : describeErrors(validate.errors);
}

const clone = <T>(value: T): T => structuredClone(value);

describe('deployment files against their vendored schemas', () => {
  const manifests = [...appliedManifests(), ...appliedManifests('deploy/k8s/postgres')];

  it('finds the manifests kubectl applies, and the examples stay out', () => {
    expect(manifests.map((m) => `${m.file} ${m.body.kind}`)).toEqual(
      expect.arrayContaining(['configmap.yaml ConfigMap', 'gateway.yaml Deployment', 'matching.yaml Service']),
    );
    expect(manifests.some((m) => m.body.kind === 'Secret')).toBe(false);
  });

  it('the PostgreSQL variant replaces the base ConfigMap, changing the event store alone', () => {
    const base = manifests.find(
      (m) => m.file === 'configmap.yaml' && m.body.data.GONGJIAN_EVENT_STORE === 'eventstoredb',
    );
    const variant = appliedManifests('deploy/k8s/postgres').find((m) => m.body.kind === 'ConfigMap');
    expect(variant?.body.metadata.name).toBe(base?.body.metadata.name);
    const { GONGJIAN_EVENT_STORE, EVENTSTORE_URL, ...rest } = base!.body.data;
    expect([GONGJIAN_EVENT_STORE, EVENTSTORE_URL]).toEqual(['eventstoredb', expect.any(String)]);
    expect(variant!.body.data).toEqual({ ...rest, GONGJIAN_EVENT_STORE: 'postgres' });
  });

  it.each(manifests.map((m) => [`${m.file} #${m.index} (${m.body?.kind})`, m] as const))(
    '%s is valid for Kubernetes 1.32',
    (_name, manifest) => {
      expect(kubernetesErrors(manifest.body)).toEqual([]);
    },
  );

  it('docker-compose.yml is valid for the compose specification', () => {
    expect(composeErrors(composeFile())).toEqual([]);
  });

  it('refuses a broken manifest: a misspelt field, a wrong type, a missing field, an unknown kind', () => {
    const deployment = manifests.find((m) => m.file === 'matching.yaml' && m.body.kind === 'Deployment')!.body;
    const container = (d: any) => d.spec.template.spec.containers[0];

    const misspelt = clone(deployment);
    container(misspelt).readinessProbe.httpGet.pth = container(misspelt).readinessProbe.httpGet.path;
    delete container(misspelt).readinessProbe.httpGet.path;
    expect(kubernetesErrors(misspelt)).toEqual(
      expect.arrayContaining([expect.stringContaining('must NOT have additional properties')]),
    );

    const wrongType = clone(deployment);
    wrongType.spec.replicas = 'two';
    expect(kubernetesErrors(wrongType)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/spec\/replicas must be integer/)]),
    );

    const noName = clone(deployment);
    delete container(noName).name;
    expect(kubernetesErrors(noName)).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'name'")]),
    );

    const wrongVersion = clone(deployment);
    wrongVersion.apiVersion = 'extensions/v1beta1';
    expect(kubernetesErrors(wrongVersion)).toEqual([
      expect.stringContaining('no vendored schema for extensions/v1beta1 Deployment'),
    ]);
  });

  it('refuses a broken compose file', () => {
    const compose = composeFile();
    const broken = clone(compose);
    broken.services.matching.healthcheck.intervall = '10s';
    broken.services.gateway.ports = '3000:3000';
    const errors = composeErrors(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/services\/matching\/healthcheck must NOT have additional properties.*intervall/),
        expect.stringMatching(/^\/services\/gateway\/ports must be array/),
      ]),
    );
  });
});

/**
 * The probes (docs/ops/health.md): liveness on /health/live (the process only), readiness on
 * /health/ready, on the port the container listens on; the gateway's readiness never depends on
 * the services behind it being up (its /health/ready is 200 while it runs).
 */
describe('deployment files: the probes', () => {
  const deployments = appliedManifests().filter((m) => m.body.kind === 'Deployment');

  it.each(deployments.map((m) => [m.body.metadata.name, m.body] as const))(
    '%s: liveness on /health/live, readiness on /health/ready, on its own port',
    (_name, deployment) => {
      for (const container of deployment.spec.template.spec.containers) {
        const port = container.ports[0].containerPort;
        const env = Object.fromEntries((container.env ?? []).map((e: any) => [e.name, e.value]));
        expect(Number(env.PORT)).toBe(port);
        expect(container.livenessProbe.httpGet).toEqual({ path: '/api/v1/health/live', port });
        expect(container.readinessProbe.httpGet).toEqual({ path: '/api/v1/health/ready', port });
        if (container.startupProbe)
          expect(container.startupProbe.httpGet).toEqual({ path: '/api/v1/health/live', port });
        // the gateway asks every service for its readiness detail (GATEWAY_HEALTH_TIMEOUT_MS, 1.5 s)
        if (deployment.metadata.name === 'gateway')
          expect(container.readinessProbe.timeoutSeconds).toBeGreaterThan(1.5);
      }
    },
  );

  it('compose: the PostgreSQL variant is a profile, and every service is wired for it', () => {
    const compose = composeFile();
    expect(compose.services.postgres).toMatchObject({ profiles: ['postgres'], healthcheck: expect.anything() });
    for (const [name, service] of Object.entries<any>(compose.services)) {
      if (!String(service.command?.[1] ?? '').startsWith('dist/apps/') || name === 'gateway') continue;
      expect([name, service.depends_on.postgres]).toEqual([name, { condition: 'service_healthy', required: false }]);
      expect([name, service.environment.GONGJIAN_EVENT_STORE]).toEqual([name, '${GONGJIAN_EVENT_STORE:-eventstoredb}']);
      expect(service.environment.POSTGRES_URL).toMatch(/^postgres:\/\/gongjian:.*@postgres:5432\/gongjian$/);
    }
  });

  it('compose: every service is healthy when ready, and the gateway starts without waiting for them', () => {
    const compose = composeFile();
    for (const [name, service] of Object.entries<any>(compose.services)) {
      if (!String(service.command?.[1] ?? '').startsWith('dist/apps/')) continue;
      expect([name, service.healthcheck.test.join(' ')]).toEqual([
        name,
        expect.stringContaining('/api/v1/health/ready'),
      ]);
    }
    for (const condition of Object.values<any>(compose.services.gateway.depends_on))
      expect(condition).toEqual({ condition: 'service_started' });
  });
});

/**
 * Replicas and disruption budgets (issue 22): every service runs two,
 * and a budget lets a voluntary disruption take at most one of them at a time.
 */
describe('deployment files: replicas and disruption budgets', () => {
  const manifests = appliedManifests();
  const deployments = manifests.filter((m) => m.body.kind === 'Deployment').map((m) => m.body);
  const budgets = manifests.filter((m) => m.body.kind === 'PodDisruptionBudget').map((m) => m.body);
  const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
    Object.entries(selector).every(([key, value]) => labels[key] === value);

  it.each(deployments.map((d) => [d.metadata.name, d] as const))(
    '%s: two replicas and a budget',
    (name, deployment) => {
      const labels = deployment.spec.template.metadata.labels;
      const covering = budgets.filter((b) => selects(b.spec.selector.matchLabels, labels));
      expect(deployment.spec.replicas).toBe(2);
      expect(covering).toHaveLength(1);
      expect(covering[0].spec).toMatchObject({ maxUnavailable: 1 });
    },
  );

  it('each budget selects the pods of exactly one Deployment', () => {
    for (const budget of budgets) {
      const selected = deployments.filter((d) =>
        selects(budget.spec.selector.matchLabels, d.spec.template.metadata.labels),
      );
      expect([budget.metadata.name, selected.map((d) => d.metadata.name)]).toEqual([
        budget.metadata.name,
        [budget.metadata.name],
      ]);
    }
  });

  it('every service pod can take the PostgreSQL URL from the Secret, and only from there', () => {
    for (const deployment of deployments.filter((d) => d.metadata.name !== 'gateway')) {
      const env = deployment.spec.template.spec.containers[0].env;
      expect(env.find((e: any) => e.name === 'POSTGRES_URL')).toEqual({
        name: 'POSTGRES_URL',
        valueFrom: { secretKeyRef: { name: 'gongjian', key: 'postgres-url', optional: true } },
      });
    }
  });
});

describe('docker-compose.yml: replicas', () => {
  const compose = composeFile();
  const replicated = ['organizations', 'matching', 'members', 'volunteering', 'funds', 'assessment', 'audit'];

  it.each(replicated)('%s runs twice, the same process, and the gateway sends to both', (service) => {
    expect(compose.services[`${service}-2`]).toEqual(compose.services[service]);
    const port = compose.services[service].environment.PORT;
    expect(compose.services.gateway.environment[`${service.toUpperCase()}_URL`]).toBe(
      `http://${service}:${port},http://${service}-2:${port}`,
    );
    expect(compose.services.gateway.depends_on[`${service}-2`]).toEqual({ condition: 'service_started' });
  });

  it('gives the audit service every replica of each owner of read models', () => {
    for (const owner of replicated.filter((s) => s !== 'audit')) {
      const port = compose.services[owner].environment.PORT;
      expect(compose.services.audit.environment[`${owner.toUpperCase()}_URL`]).toBe(
        `http://${owner}:${port},http://${owner}-2:${port}`,
      );
    }
  });
});
