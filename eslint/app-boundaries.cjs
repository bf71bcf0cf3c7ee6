// @ts-check
/**
 * `boundaries/no-cross-app-import`: a file under `apps/<a>/` may not import anything under
 * `apps/<b>/` (b ≠ a), whether by a relative path (`../../matching/src/…`), by the tsconfig
 * `baseUrl` (`apps/matching/src/…`) or by a `paths` alias that points into an app. Services share
 * only `libs/*` (docs/ops/service-boundaries.md). `apps/platform` composes the services and is
 * exempt (eslint.config.mjs does not apply the rule there), and so are the tests under `test/`.
 *
 * `no-restricted-imports` matches import strings, not the files they name, so it cannot tell
 * `../members/x` inside one app from `../../members/src/x` out of it: this rule resolves each
 * specifier to a path first. Every form is checked: import, import type, export … from,
 * import(), require(), jest.mock() and `import x = require()`.
 */
const path = require('node:path');
const fs = require('node:fs');

/** tsconfig `paths` of the repository: alias → target folders (relative to the root). */
function loadAliases(root) {
  try {
    const text = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
    const paths = JSON.parse(text).compilerOptions?.paths ?? {};
    return Object.entries(paths).map(([alias, targets]) => ({
      prefix: alias.replace(/\*$/, ''),
      wildcard: alias.endsWith('*'),
      target: String(targets[0]).replace(/\*$/, ''),
    }));
  } catch {
    return [];
  }
}

/** The app a repository-relative path lies in (`apps/<app>/…`), or null. */
function appOf(relative) {
  const parts = relative.split(/[\\/]/);
  return parts[0] === 'apps' && parts.length > 1 ? parts[1] : null;
}

/** Where `specifier`, imported from `file`, points (repository-relative), or null for a package. */
function resolveSpecifier(specifier, file, root, aliases) {
  if (specifier.startsWith('.')) return path.relative(root, path.resolve(path.dirname(file), specifier));
  for (const alias of aliases) {
    const hit = alias.wildcard ? specifier.startsWith(alias.prefix) : specifier === alias.prefix;
    if (hit) return path.normalize(alias.target + specifier.slice(alias.prefix.length));
  }
  // baseUrl is the root: `apps/matching/src/x` resolves from there
  if (specifier.startsWith('apps/')) return path.normalize(specifier);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const noCrossAppImport = {
  meta: {
    type: 'problem',
    docs: { description: 'forbid one app importing another app (services share only libs/*)' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      crossApp:
        "apps/{{from}} may not import apps/{{to}} ('{{specifier}}'): services share only libs/* " +
        '(docs/ops/service-boundaries.md); only apps/platform composes apps',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const aliases = loadAliases(root);
    const file = path.resolve(context.cwd, context.filename);
    const from = appOf(path.relative(root, file));
    if (!from) return {};
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSpecifier(source.value, file, root, aliases);
      const to = target ? appOf(target) : null;
      if (to && to !== from)
        context.report({ node, messageId: 'crossApp', data: { from, to, specifier: source.value } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => {
        const ref = /** @type {any} */ (node).moduleReference;
        if (ref?.type === 'TSExternalModuleReference') check(node, ref.expression);
      },
      CallExpression: (node) => {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isJestMock =
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'jest' &&
          callee.property.type === 'Identifier' &&
          ['mock', 'doMock', 'requireActual'].includes(callee.property.name);
        if ((isRequire || isJestMock) && node.arguments[0]) check(node, /** @type {any} */ (node.arguments[0]));
      },
    };
  },
};

module.exports = { rules: { 'no-cross-app-import': noCrossAppImport } };
