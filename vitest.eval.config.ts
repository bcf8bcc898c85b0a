// Runs the evaluations (scripts/*.eval.ts), never part of `npm test`: start them with
// `npm run eval:images` or `npm run eval:ocr`, which build the pictures first and name their file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/*.eval.ts'],
    environment: 'node',
    // About 500 pictures are decoded and checked one after another: minutes, not seconds.
    testTimeout: 60 * 60 * 1000,
    reporters: ['dot'],
  },
});
