import { defineConfig } from 'vitest/config';
import { reasonContent } from './src/content/content-plugin.ts';

export default defineConfig({
  plugins: [reasonContent()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
