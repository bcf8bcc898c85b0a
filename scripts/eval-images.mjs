#!/usr/bin/env node
// `npm run eval:images`: judges the image check's detectors on real photographs and scans
// (e2e/real-photos, see its README), not only on pictures we draw. Not a test and not part of
// `npm test`: it prints figures and keeps the last run's in node_modules/.cache/eval-images/.
//
//   1. From each labelled photo, builds with ImageMagick the problems a detector should catch
//      (an edge cut off, glare, too dark, overexposed, motion and focus blur, grey, mirrored, too
//      small) into
//      node_modules/.cache/eval-images/ (never committed; rebuilt only when a recipe changes).
//   2. Runs the pure pipeline on every picture in Node (scripts/eval-images.eval.ts, through
//      vitest so the TypeScript imports as it is; vitest.eval.config.ts).
//   3. Prints, per check, how it fares on the good originals (false fails) and the share of each
//      problem it catches; saves the figures to last-run.json.
//
// Needs ImageMagick's `convert` and `identify`. EVAL_IMAGES_CONCURRENCY sets parallel builds.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { imageMagickVersion } from './test-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const photoDir = join(root, 'e2e', 'real-photos');
const cacheDir = join(root, 'node_modules', '.cache', 'eval-images');
const planFile = join(cacheDir, 'plan.json');
const resultsFile = join(cacheDir, 'results.json');
const lastRunFile = join(cacheDir, 'last-run.json');

/** JPEG quality of every built picture: the same as the stored photos. */
const JPEG_QUALITY = '85';
/** How far into the document the cut goes, as a share of the document's width or height. */
const CUT_INTO_DOCUMENT = 0.2;
/** Glare: a blown-out ellipse on the document's centre, radii as shares of the shorter side… */
const GLARE_RADIUS_X = 0.22;
const GLARE_RADIUS_Y = 0.14;
/** …with a soft halo (blur sigma as a share of the shorter side); its core stays pure white. */
const GLARE_SOFTNESS = 0.02;
/** Too dark: every channel multiplied by this (white becomes 51 of 255). */
const DARK_FACTOR = '0.2';
/**
 * Overexposed: every channel multiplied by this, so paper brighter than 116 of 255 (nearly all of
 * it in a phone photo) is blown out to white and the print turns pale.
 */
const BRIGHT_FACTOR = '2.2';
/** Motion blur: radius 0 (automatic), sigma 12 px, at 30° — a hand moving during the shot. */
const MOTION_BLUR = '0x12+30';
/** Focus blur: Gaussian sigma 6 px at the stored size (≤ 1280 px, the size the checker reads). */
const FOCUS_BLUR = '0x6';
/** Too small: the longer side shrunk to this, a thumbnail sent instead of the photo. */
const SMALL_LONG_SIDE = 400;
/** The checks this evaluation reports on; `complete` only once the code has it. */
const REPORTED_CHECKS = [
  'complete',
  'sharpness',
  'exposure',
  'color',
  'dimensions',
  'mirror',
  'edited',
];
const FLAGGED = new Set(['warn', 'fail']);

/** Problems some originals really have, by their labels: a flag there is a true catch. */
const realProblems = {
  complete: { label: 'document cut by the frame', has: (p) => p.labels.completeDocument === false },
  sharpness: { label: 'blurred', has: (p) => p.labels.sharp === false },
  exposure: { label: 'dark or glare', has: (p) => p.labels.exposure !== 'ok' },
  color: { label: 'black and white', has: (p) => p.labels.colour === false },
  edited: { label: 'metadata names an editor', has: (p) => p.labels.edited === true },
};

/**
 * Which originals are good for a check: a flag on them is a false alarm. The labels say what is
 * true of the original picture (e2e/real-photos/README.md). Dimensions and mirroring have none:
 * every stored photo is at least 800 × 500 px and none is mirrored.
 */
const goodFor = {
  complete: (p) => p.labels.completeDocument === true,
  sharpness: (p) => p.labels.sharp === true,
  exposure: (p) => p.labels.exposure === 'ok',
  color: (p) => p.labels.colour === true,
  dimensions: () => true,
  mirror: () => true,
  edited: (p) => p.labels.edited !== true,
};

/** Cut sides taken in turn, so the set covers all four. */
const CUT_SIDES = ['right', 'bottom', 'left', 'top'];

/**
 * The constructed problems: which photos each is built from (those without the problem already),
 * the ImageMagick operations after `-auto-orient`, and the check that should catch it.
 */
const VARIANTS = [
  {
    id: 'cut-edge',
    target: 'complete',
    appliesTo: (p) => p.labels.completeDocument === true && Array.isArray(p.documentBox),
    ops: (p, index) => cutEdge(p.documentBox, CUT_SIDES[index % CUT_SIDES.length]),
  },
  {
    id: 'glare',
    target: 'exposure',
    appliesTo: (p) => p.labels.exposure === 'ok',
    ops: (p, _index, size) => glare(p.documentBox, size),
    needsSize: true,
  },
  {
    id: 'dark',
    target: 'exposure',
    appliesTo: (p) => p.labels.exposure === 'ok',
    ops: () => ['-evaluate', 'multiply', DARK_FACTOR],
  },
  {
    id: 'overexposed',
    target: 'exposure',
    appliesTo: (p) => p.labels.exposure === 'ok',
    ops: () => ['-evaluate', 'multiply', BRIGHT_FACTOR],
  },
  {
    id: 'motion-blur',
    target: 'sharpness',
    appliesTo: (p) => p.labels.sharp === true,
    ops: () => ['-motion-blur', MOTION_BLUR],
  },
  {
    id: 'focus-blur',
    target: 'sharpness',
    appliesTo: (p) => p.labels.sharp === true,
    ops: () => ['-blur', FOCUS_BLUR],
  },
  {
    id: 'grey',
    target: 'color',
    appliesTo: (p) => p.labels.colour === true,
    ops: () => ['-colorspace', 'Gray'],
  },
  {
    id: 'mirrored',
    target: 'mirror',
    // Recorded for later: the pixels are flipped but the metadata is not, and today's mirror
    // check reads only metadata (EXIF orientation, front camera), so it cannot see this.
    note: 'pixels only; the mirror check reads metadata',
    appliesTo: () => true,
    ops: () => ['-flop'],
  },
  {
    id: 'too-small',
    target: 'dimensions',
    appliesTo: () => true,
    ops: () => ['-resize', `${SMALL_LONG_SIDE}x${SMALL_LONG_SIDE}`],
  },
];

/** Crops so the document's `side` edge leaves the frame, CUT_INTO_DOCUMENT deep. */
function cutEdge([x0, y0, x1, y1], side) {
  const keep = (share) => `${(share * 100).toFixed(2)}%`;
  const dx = (x1 - x0) * CUT_INTO_DOCUMENT;
  const dy = (y1 - y0) * CUT_INTO_DOCUMENT;
  const crop = {
    right: ['west', `${keep(x1 - dx)}x100%`],
    left: ['east', `${keep(1 - (x0 + dx))}x100%`],
    bottom: ['north', `100%x${keep(y1 - dy)}`],
    top: ['south', `100%x${keep(1 - (y0 + dy))}`],
  }[side];
  return ['-gravity', crop[0], '-crop', `${crop[1]}+0+0`, '+repage', '-gravity', 'northwest'];
}

/** A white ellipse, blurred at its rim, laid over the document with `screen` (only brightens). */
function glare(box, { width, height }) {
  const [x0, y0, x1, y1] = box ?? [0, 0, 1, 1];
  const short = Math.min(width, height);
  const cx = Math.round(((x0 + x1) / 2) * width);
  const cy = Math.round(((y0 + y1) / 2) * height);
  const rx = Math.round(GLARE_RADIUS_X * short);
  const ry = Math.round(GLARE_RADIUS_Y * short);
  const sigma = Math.max(1, Math.round(GLARE_SOFTNESS * short));
  return [
    '(',
    '+clone',
    '-fill',
    'black',
    '-colorize',
    '100',
    '-fill',
    'white',
    '-draw',
    `ellipse ${cx},${cy} ${rx},${ry} 0,360`,
    '-blur',
    `0x${sigma}`,
    ')',
    '-compose',
    'screen',
    '-composite',
  ];
}

const run = promisify(execFile);
/** Part of every recipe: another ImageMagick may draw differently, so it rebuilds the cache. */
const magick = imageMagickVersion();

/** The photo as shown (after EXIF orientation), for recipes that draw at pixel positions. */
async function displayedSize(file) {
  const { stdout } = await run('convert', [
    `${file}[0]`,
    '-auto-orient',
    '-format',
    '%w %h',
    'info:',
  ]);
  const [width, height] = stdout.trim().split(' ').map(Number);
  return { width, height };
}

/** Builds one problem picture unless an identical recipe already built it from this photo. */
async function build(photo, index, variant) {
  const source = join(photoDir, photo.file);
  const size = variant.needsSize ? await displayedSize(source) : undefined;
  const ops = variant.ops(photo, index, size);
  const recipe = JSON.stringify([magick, statSync(source).mtimeMs, ops]);
  const hash = createHash('sha256').update(recipe).digest('hex').slice(0, 10);
  const out = join(cacheDir, variant.id, photo.file.replace(/\.jpe?g$/i, `.${hash}.jpg`));
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    // -auto-orient first: recipes are in the picture's upright coordinates, like the labels.
    await run('convert', [source, '-auto-orient', ...ops, '-quality', JPEG_QUALITY, out]);
  }
  return out;
}

async function inTurn(jobs, lanes) {
  const results = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  return [line(header).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')]
    .concat(rows.map((r) => line(r).join('  ')))
    .join('\n');
}

function countStatuses(results, check) {
  const counts = { pass: 0, warn: 0, fail: 0, skip: 0, missing: 0 };
  for (const r of results) counts[r.checks?.[check]?.status ?? 'missing']++;
  return counts;
}

function gitState() {
  try {
    // Read-only questions: which commit, and whether the checker has uncommitted edits.
    const quiet = { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] };
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], quiet).toString();
    const dirty = spawnSync(
      'git',
      ['diff', '--quiet', 'HEAD', '--', 'src/features/image-check'],
      quiet,
    ).status;
    return `${head.trim()}${dirty ? ' + uncommitted changes in src/features/image-check' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main() {
  if (!magick) {
    console.error('eval:images needs ImageMagick (convert, identify): apt-get install imagemagick');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(photoDir, 'manifest.json'), 'utf8'));
  const photos = manifest.photos.filter((p) => !p.unresized);
  const unresized = manifest.photos.filter((p) => p.unresized);
  mkdirSync(cacheDir, { recursive: true });

  const lanes = Number(process.env.EVAL_IMAGES_CONCURRENCY ?? Math.min(4, availableParallelism()));
  const jobs = [];
  for (const variant of VARIANTS) {
    photos
      .filter((p) => variant.appliesTo(p))
      .forEach((photo, index) =>
        jobs.push(async () => ({
          photo: photo.file,
          variant: variant.id,
          path: await build(photo, index, variant),
        })),
      );
  }
  console.log(`Building ${jobs.length} problem pictures from ${photos.length} photos…`);
  const built = await inTurn(jobs, lanes);
  const originals = manifest.photos.map((p) => ({
    photo: p.file,
    variant: p.unresized ? 'unresized' : 'original',
    path: join(photoDir, p.file),
  }));
  const pictures = [...originals, ...built];
  writeFileSync(planFile, JSON.stringify({ results: resultsFile, pictures }));

  console.log(`Checking ${pictures.length} pictures with the pipeline (vitest)…`);
  const vitest = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '-c',
      'vitest.eval.config.ts',
      'scripts/eval-images.eval.ts',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, EVAL_IMAGES_PLAN: planFile } },
  );
  if (vitest.status !== 0) process.exit(vitest.status ?? 1);
  report(manifest, photos, unresized, JSON.parse(readFileSync(resultsFile, 'utf8')));
}

function report(manifest, photos, unresized, results) {
  const byPhoto = new Map(manifest.photos.map((p) => [p.file, p]));
  const of = (variant) => results.filter((r) => r.variant === variant);
  const originalOf = new Map(of('original').map((r) => [r.photo, r]));
  const present = REPORTED_CHECKS.filter((id) => results.some((r) => r.checks?.[id]));
  const absent = REPORTED_CHECKS.filter((id) => !present.includes(id));
  const errors = results.filter((r) => r.error);

  const originalRows = [];
  const originalFigures = {};
  for (const check of present) {
    const good = of('original').filter((r) => goodFor[check](byPhoto.get(r.photo)));
    const c = countStatuses(good, check);
    originalFigures[check] = { good: good.length, ...c, falseFail: c.fail / good.length };
    originalRows.push([
      check,
      good.length,
      c.pass,
      c.warn,
      c.fail,
      c.skip,
      percent(c.fail, good.length),
      percent(c.warn + c.fail, good.length),
    ]);
  }

  const variantRows = [];
  const variantFigures = {};
  for (const variant of VARIANTS) {
    const rs = of(variant.id);
    const overall = rs.filter((r) => r.verdict && r.verdict !== 'pass').length;
    const base = { n: rs.length, overallCaught: overall / rs.length, note: variant.note };
    if (!present.includes(variant.target)) {
      variantFigures[variant.id] = { target: variant.target, ...base, targetPresent: false };
      const none = Array(8).fill('–');
      variantRows.push([
        variant.id,
        `${variant.target} (none)`,
        rs.length,
        ...none,
        percent(overall, rs.length),
      ]);
      continue;
    }
    const c = countStatuses(rs, variant.target);
    const caught = c.warn + c.fail;
    // Photographs and scans apart: some problems (glare) cannot happen on a flatbed scan.
    const caughtOn = (kind) => {
      const ofKind = rs.filter((r) => byPhoto.get(r.photo)?.kind === kind);
      const k = countStatuses(ofKind, variant.target);
      return { n: ofKind.length, caught: k.warn + k.fail };
    };
    const onPhotos = caughtOn('photo');
    const onScans = caughtOn('scan');
    // A catch on a photo whose original the check already flags is not to the detector's credit.
    const alreadyFlagged = rs.filter((r) =>
      FLAGGED.has(originalOf.get(r.photo)?.checks?.[variant.target]?.status),
    ).length;
    variantFigures[variant.id] = {
      target: variant.target,
      ...base,
      ...c,
      caught: caught / rs.length,
      caughtOnPhotos: onPhotos,
      caughtOnScans: onScans,
      originalAlreadyFlagged: alreadyFlagged,
    };
    variantRows.push([
      variant.id + (variant.note ? ' *' : ''),
      variant.target,
      rs.length,
      c.pass,
      c.warn,
      c.fail,
      c.skip,
      percent(caught, rs.length),
      `${onPhotos.caught}/${onPhotos.n}`,
      `${onScans.caught}/${onScans.n}`,
      alreadyFlagged,
      percent(overall, rs.length),
    ]);
  }
  const realRows = [];
  const realFigures = {};
  for (const check of present.filter((id) => realProblems[id])) {
    const { label, has } = realProblems[check];
    const bad = of('original').filter((r) => has(byPhoto.get(r.photo)));
    const c = countStatuses(bad, check);
    realFigures[check] = { problem: label, n: bad.length, ...c };
    realRows.push([check, label, bad.length, c.pass, c.warn, c.fail, c.skip]);
    realRows[realRows.length - 1].push(percent(c.warn + c.fail, bad.length));
  }

  const originalsFlagged = of('original').filter((r) => r.verdict && r.verdict !== 'pass').length;

  const when = new Date().toISOString();
  const code = gitState();
  console.log(`\nReal-photo evaluation — ${photos.length} photos, code ${code}, ${when}`);
  if (absent.length) console.log(`Checks not in this code: ${absent.join(', ')}`);
  console.log('\nGood originals (photos whose labels say the check should pass):');
  console.log(
    table(
      ['check', 'good', 'pass', 'warn', 'fail', 'skip', 'false fail', 'warn or fail'],
      originalRows,
    ),
  );
  console.log(
    '\nConstructed problems: share caught (warn or fail) by the check meant to catch it:',
  );
  console.log(
    table(
      [
        'problem',
        'check',
        'n',
        'pass',
        'warn',
        'fail',
        'skip',
        'caught',
        'photos',
        'scans',
        'orig. flagged',
        'any check',
      ],
      variantRows,
    ),
  );
  console.log(
    `"orig. flagged": of these, the check already flags the original (no credit to the detector).` +
      `\n"any check": verdict warn or fail from any check; ${percent(originalsFlagged, photos.length)} of the originals get one too.`,
  );
  for (const v of VARIANTS.filter((x) => x.note)) console.log(`* ${v.id}: ${v.note}.`);
  console.log('\nProblems the originals really have (by their labels): share caught:');
  console.log(table(['check', 'problem', 'n', 'pass', 'warn', 'fail', 'skip', 'caught'], realRows));

  const unresizedRows = unresized.map((p) => {
    const r = results.find((x) => x.photo === p.file && x.variant === 'unresized');
    return [p.file, `${p.exifMake ?? '–'} ${p.exifModel ?? ''}`.trim()].concat(
      present.map((id) => r?.checks?.[id]?.status ?? '–'),
    );
  });
  if (unresizedRows.length) {
    console.log('\nUnresized camera originals (metadata false alarms):');
    console.log(table(['file', 'camera', ...present], unresizedRows));
  }
  if (errors.length) {
    console.log(`\n${errors.length} pictures could not be checked:`);
    for (const e of errors.slice(0, 10)) console.log(`  ${e.photo} (${e.variant}): ${e.error}`);
  }
  const seconds = results.reduce((sum, r) => sum + r.ms, 0) / 1000;
  console.log(`\n${results.length} pictures, ${seconds.toFixed(0)} s of checking.`);

  const lastRun = {
    when,
    code,
    photos: photos.length,
    checksPresent: present,
    checksAbsent: absent,
    originals: originalFigures,
    problems: variantFigures,
    realProblems: realFigures,
    originalsFlaggedByAnyCheck: originalsFlagged / photos.length,
    pictures: results.map((r) => ({
      photo: r.photo,
      variant: r.variant,
      file: relative(root, r.path),
      verdict: r.verdict,
      checks: r.checks,
      error: r.error,
    })),
  };
  writeFileSync(lastRunFile, `${JSON.stringify(lastRun, null, 2)}\n`);
  console.log(`Saved to ${relative(root, lastRunFile)}`);
}

await main();
