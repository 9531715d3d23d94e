// ESLint 9 flat config: recommended rules for JS, TS and Svelte, plus the import direction between
// the folders of src/lib. Every rule is an error or off, so `eslint . --max-warnings 0` is strict.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ---------------------------------------------------------------------------------------------
// Import direction. A layer of src/lib may import only the layers listed here (and itself). The
// heavy libraries belong to one layer each, so they stay out of everything else (routes too).
// ---------------------------------------------------------------------------------------------

const LAYERS = ['domain', 'db', 'io', 'state', 'components', 'charts', 'i18n', 'testing'];

/** Which layer alone may import each third-party library. */
const OWNED_PACKAGES = { dexie: 'db', xlsx: 'io', papaparse: 'io', exceljs: 'io', 'chart.js': 'charts' };

/**
 * What each layer may import besides itself: other layers, `svelte` (and `svelte/*`), `$app/*`.
 * Anything else under src/lib is forbidden, and so is any path up into src/routes.
 */
const LAYER_RULES = {
  domain: { layers: [], svelte: false, app: false },
  db: { layers: ['domain'], svelte: false, app: false },
  // io reads its labels from the plain message modules of i18n (no Svelte there either).
  io: { layers: ['domain', 'i18n'], svelte: false, app: false },
  charts: { layers: ['domain'], svelte: false, app: false },
  i18n: { layers: ['domain'], svelte: true, app: false },
  state: { layers: ['domain', 'db', 'io', 'charts', 'i18n'], svelte: true, app: true },
  components: { layers: ['domain', 'state', 'i18n', 'charts'], svelte: true, app: true },
  // Fixtures shared by the unit tests: only test files (`*.test.ts`, any layer) and benchmarks use them.
  testing: { layers: ['domain', 'db', 'io', 'i18n'], svelte: false, app: false }
};

const TEST_GLOBS = ['**/*.test.ts'];

const SOURCE_GLOBS = ['**/*.{js,mjs,cjs,ts,mts,cts,svelte}'];

/** `name` and `name/anything`, not `name-other`. */
const packageRegex = (name) => `^${name.replaceAll('.', '\\.')}(?:/|$)`;

/** Restrictions that apply in `owner` (undefined: outside src/lib) for the owned libraries. */
function packageRestrictions(owner) {
  return Object.entries(OWNED_PACKAGES)
    .filter(([, layer]) => layer !== owner)
    .map(([name, layer]) => ({
      regex: packageRegex(name),
      message: `Only src/lib/${layer} may import '${name}'.`
    }));
}

/** The `no-restricted-imports` patterns for one layer (its test files may also use src/lib/testing). */
function layerRestrictions(layer, { tests = false } = {}) {
  const rule = LAYER_RULES[layer];
  const allowed = tests ? [...rule.layers, 'testing'] : rule.layers;
  const forbidden = LAYERS.filter((other) => other !== layer && !allowed.includes(other));
  const message = rule.layers.length
    ? `src/lib/${layer} may import only ${rule.layers.map((other) => `src/lib/${other}`).join(', ')}.`
    : `src/lib/${layer} may import nothing from the rest of src/lib.`;
  const group = forbidden.join('|');
  const patterns = [];
  if (forbidden.length) {
    patterns.push(
      { regex: `^\\$lib/(?:${group})(?:/|$)`, message },
      { regex: `^(?:\\.\\./)+(?:(?:src/)?lib/)?(?:${group})(?:/|$)`, message }
    );
  }
  patterns.push(
    { regex: '^\\$lib/?$', message: `${message} Import the module itself, not '$lib'.` },
    { regex: '^(?:\\.\\./)+(?:src/)?routes(?:/|$)', message: 'src/lib must not import from src/routes.' }
  );
  if (!rule.svelte) {
    patterns.push({ regex: packageRegex('svelte'), message: `src/lib/${layer} must not depend on Svelte.` });
  }
  if (!rule.app) {
    patterns.push({ regex: '^\\$app/', message: `src/lib/${layer} must not depend on SvelteKit ($app).` });
  }
  return [...patterns, ...packageRestrictions(layer)];
}

/**
 * `no-restricted-imports` sees `import`/`export ... from`, not `import('x')`; the same patterns
 * are enforced for dynamic imports with a string literal through `no-restricted-syntax`.
 * (esquery regexes cannot contain a bare `/`, hence the `\x2f`.)
 */
function dynamicImportRestrictions(patterns) {
  return patterns.map(({ regex, message }) => ({
    selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\x2f')}/]`,
    message
  }));
}

/**
 * The domain is pure: clocks, randomness, ids and hashing are passed in (conventions.md), so a
 * test can fix them and the same input always gives the same output.
 */
const IMPURE_SYNTAX = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'src/lib/domain is pure: pass the time in.'
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'src/lib/domain is pure: pass the time in.'
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'src/lib/domain is pure: pass a seeded generator in.'
  },
  {
    selector: "MemberExpression[object.name='performance'][property.name='now']",
    message: 'src/lib/domain is pure: pass the time in.'
  }
];
const IMPURE_GLOBALS = ['crypto', 'performance', 'window', 'document', 'localStorage', 'indexedDB'].map(
  (name) => ({
    name,
    message: `src/lib/domain is pure: no '${name}'; pass what it gives in.`
  })
);

/** The two rules that carry a set of import patterns (and, for the domain, the purity rules). */
function importRules(patterns, { pure = false } = {}) {
  const rules = {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...dynamicImportRestrictions(patterns), ...(pure ? IMPURE_SYNTAX : [])]
  };
  if (pure) rules['no-restricted-globals'] = ['error', ...IMPURE_GLOBALS];
  return rules;
}

const importDirection = [
  {
    name: 'sentei/owned-packages',
    // The app's code only: tests read exported files back with the same libraries.
    files: SOURCE_GLOBS.map((glob) => `src/${glob}`),
    rules: importRules(packageRestrictions(undefined))
  },
  ...LAYERS.map((layer) => ({
    name: `sentei/layer-${layer}`,
    files: SOURCE_GLOBS.map((glob) => `src/lib/${layer}/${glob}`),
    rules: importRules(layerRestrictions(layer), { pure: layer === 'domain' })
  })),
  ...LAYERS.map((layer) => ({
    name: `sentei/layer-${layer}-tests`,
    files: TEST_GLOBS.map((glob) => `src/lib/${layer}/${glob}`),
    rules: importRules(layerRestrictions(layer, { tests: true }), { pure: layer === 'domain' })
  }))
];

/**
 * Pages read state and render components: storage and file formats are reached through
 * src/lib/state, so a page never calls $lib/db or $lib/io itself.
 */
const routeRestrictions = ['db', 'io'].map((layer) => ({
  regex: `^(?:\\$lib|(?:\\.\\./)+(?:src/)?lib)/${layer}(?:/|$)`,
  message: `src/routes may not import src/lib/${layer}; go through src/lib/state.`
}));

const routeImports = {
  name: 'sentei/routes',
  files: SOURCE_GLOBS.map((glob) => `src/routes/${glob}`),
  rules: importRules([...packageRestrictions(undefined), ...routeRestrictions])
};

// ---------------------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores([
    'build/',
    '.svelte-kit/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'tests/.output/'
  ]),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  svelte.configs.prettier,
  {
    name: 'sentei/globals',
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    name: 'sentei/node-globals',
    files: ['*.{js,mjs,cjs,ts}', 'tests/**', 'questionnaires/**'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    name: 'sentei/typescript',
    files: ['**/*.ts', '**/*.svelte'],
    // TypeScript itself reports undefined names (and knows the ambient ones of app.d.ts).
    rules: { 'no-undef': 'off' }
  },
  {
    name: 'sentei/svelte-typescript',
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig
      }
    }
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (a failed write would go unseen),
    // and type-only imports stay out of the bundles. Types come from the project's tsconfig.
    name: 'sentei/typed',
    files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }
      ]
    }
  },
  {
    name: 'sentei/rules',
    rules: {
      'svelte/no-at-html-tags': 'error',
      'svelte/button-has-type': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
      ]
    }
  },
  importDirection,
  routeImports
);
