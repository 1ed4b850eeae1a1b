// ESLint (flat config): the recommended rules of ESLint and typescript-eslint over our TypeScript.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/client/generated/',
      'src/review/client/generated/',
      'migrations/',
      'load-tests/gpu/bundle/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are an error, but an underscore marks one left out on purpose (destructuring away a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Backends and the load generator load optional or ESM-only packages when needed, with require().
    files: ['src/inference/backend.ts', 'load-tests/drive.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
