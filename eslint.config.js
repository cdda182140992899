import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '**/test/**', 'src/validators/validate-*.ts']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart']
    }
  },
  {
    files: ['scripts/**', '__tests__/**', 'bench/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' }
  },
  {
    // Only the action shell and the GitHub adapter may talk to the runner.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/index.ts', 'src/github/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only src/main.ts and src/github/ import @actions/*.' }
          ]
        }
      ]
    }
  }
)
