// Runs only the real-photo evaluation (scripts/eval-images.eval.ts), never part of `npm test`:
// start it with `npm run eval:images`, which builds the pictures first (scripts/eval-images.mjs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/eval-images.eval.ts'],
    environment: 'node',
    // About 500 pictures are decoded and checked one after another: minutes, not seconds.
    testTimeout: 60 * 60 * 1000,
    reporters: ['dot'],
  },
});
