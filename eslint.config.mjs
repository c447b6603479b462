// ESLint 9 flat config: typescript-eslint with type information (the project service reads the
// nearest tsconfig.json of each file, so explorer/src/** is checked against explorer/tsconfig.json
// with the DOM lib, and everything else against the root tsconfig.json).
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      // Generated: change schema/*.graphql or the operations and run `npm run codegen`.
      'src/graphql/generated/**',
      'explorer/src/generated/**',
      'schema.graphql',
      'dist/**',
      'coverage/**',
      'neo4j/**',
      'neo4j-browser/**',
      '.neo4j/**',
      'node_modules/**',
      'test-artifacts/**',
      'seed/**',
      'docs/**',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection ends the process) and
      // its ordering; `void` marks the few places where not waiting is the point.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (Express handlers, event listeners)
      // is a floating promise in disguise.
      '@typescript-eslint/no-misused-promises': 'error',
      // `_`-prefixed names are the convention for a parameter a signature requires but the body
      // does not use (resolver `parent`, Express `next`); everything else unused is an error.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Off: Apollo Server's plugin hooks (requestDidStart, willSendResponse, …) and its context
      // function are typed to return promises, and `async` is how the code meets that signature
      // without `Promise.resolve(...)` noise. A missing `await` on a call that matters is caught
      // by no-floating-promises, which is the bug this rule only approximates.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests assert on GraphQL responses as parsed JSON (`res.data!.therapy.inhibits`), and the
    // assertion itself (`toEqual`, `toMatchObject`) is the type check of that payload: declaring
    // a TypeScript shape for every query would duplicate the schema in a form that can drift
    // without any test failing. So in tests only, the `any` of a response body may flow; the
    // promise rules and everything else stay on.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (build script, jest and this config) is outside every tsconfig: lint it
    // without type information rather than widening the TypeScript projects to JS.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: globals.node,
    },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // CommonJS is what jest reads here without a transform.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
