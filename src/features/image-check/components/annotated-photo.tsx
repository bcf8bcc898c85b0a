// The person's own photo, beside the results, with what the checks found drawn on it: the
// certificate's outline, where it is cut off, glare, the too-dark part and the seal. The file is
// shown from an object URL made on this device (revoked when the photo goes away); it is never
// uploaded. The words in the results stay the source of truth: every mark is also listed in text,
// each kind is told apart by its line (solid, dashed, dotted) and a word on the photo, not only by
// colour.
import { useCallback, useState, type ReactNode } from 'react';
import { useImageCheckStrings } from '../i18n';
import type { CertificateReading, ShareBox } from '../shared/certificate-text';
import type { CutEdge, Point } from '../shared/find-outline';
import {
  markKinds,
  type Box,
  type MarkKind as Kind,
  type PictureMarks,
} from '../shared/picture-marks';

/** How each kind of mark is drawn: colour, and a dash pattern (in line widths) that tells it apart. */
const styles: Record<Kind, { colour: string; dash?: [number, number] }> = {
  outline: { colour: '#15803d' },
  cut: { colour: '#dc2626', dash: [4, 2] },
  glare: { colour: '#ea580c', dash: [0.01, 2] },
  dark: { colour: '#0284c7', dash: [2, 1.5] },
  seal: { colour: '#7e22ce' },
};

/** A short sample of a mark's line, for the list. */
function Swatch({ kind }: { kind: Kind }) {
  const { colour, dash } = styles[kind];
  return (
    <svg aria-hidden="true" viewBox="0 0 40 12" className="mt-1 h-3 w-10 shrink-0">
      <line x1="2" y1="6" x2="38" y2="6" stroke="white" strokeWidth="6" strokeLinecap="round" />
      <line
        x1="2"
        y1="6"
        x2="38"
        y2="6"
        stroke={colour}
        strokeWidth="3"
        strokeLinecap="round"
        strokeDasharray={dash ? dash.map((d) => d * 3).join(' ') : undefined}
      />
    </svg>
  );
}

/** Draws one kind's shape twice: a white halo, then the colour, so it shows on any background. */
function Stroke({ kind, width, children }: { kind: Kind; width: number; children: ReactNode }) {
  const { colour, dash } = styles[kind];
  return (
    <>
      <g fill="none" stroke="white" strokeWidth={width * 2} strokeOpacity={0.85}>
        {children}
      </g>
      <g
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeDasharray={dash ? dash.map((d) => d * width).join(' ') : undefined}
      >
        {children}
      </g>
    </>
  );
}

function Label({
  x,
  y,
  size,
  anchor = 'start',
  children,
}: {
  x: number;
  y: number;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  children: string;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={700}
      textAnchor={anchor}
      fill="#0f172a"
      stroke="white"
      strokeWidth={size / 4}
      paintOrder="stroke"
      strokeLinejoin="round"
    >
      {children}
    </text>
  );
}

/** The reading's boxes: thin teal, dashed short, so they differ from every other mark. */
const readStyle = { colour: '#0f766e', dash: [3, 1] as [number, number] };
type ReadKind = 'number' | 'name' | 'title';

/** What the reading found, as boxes in the picture's pixels (shares scaled to W × H). */
function readBoxes(reading: CertificateReading | null | undefined, W: number, H: number) {
  if (!reading) return [];
  const scale = (b: ShareBox): Box => ({
    x: b.x * W,
    y: b.y * H,
    width: b.width * W,
    height: b.height * H,
  });
  return (['number', 'name', 'title'] as const).flatMap((kind) => {
    const field = reading[kind];
    return field
      ? [{ kind, box: scale(field.box), percent: Math.round(field.confidence * 100) }]
      : [];
  });
}

const points = (polygon: Point[]) => polygon.map((p) => `${p.x},${p.y}`).join(' ');

/** The picture's border where the certificate runs off, drawn just inside the picture. */
function cutLine({ side, from, to }: CutEdge, width: number, height: number, inset: number) {
  if (side === 'left' || side === 'right') {
    const x = side === 'left' ? inset : width - inset;
    return { x1: x, y1: from.y, x2: x, y2: to.y };
  }
  const y = side === 'top' ? inset : height - inset;
  return { x1: from.x, y1: y, x2: to.x, y2: y };
}

function Overlay({
  marks,
  labels,
  reading,
}: {
  marks: PictureMarks;
  labels: Record<Exclude<Kind, 'outline'> | 'edge' | ReadKind, string>;
  reading?: CertificateReading | null;
}) {
  const { width: W, height: H } = marks;
  const line = Math.max(2, Math.max(W, H) / 180);
  const font = Math.max(12, Math.max(W, H) / 21);
  const boxLabel = (b: Box, text: string, key: string) => (
    <Label
      key={key}
      x={b.x + line}
      y={b.y > font * 1.3 ? b.y - line * 1.5 : b.y + b.height + font}
      size={font}
    >
      {text}
    </Label>
  );
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      className="pointer-events-none absolute inset-0 h-full w-full"
    >
      {marks.outline && (
        <Stroke kind="outline" width={line}>
          <polygon points={points(marks.outline)} />
        </Stroke>
      )}
      {marks.glare && (
        <Stroke kind="glare" width={line}>
          {marks.glare.map((b, i) => (
            <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} />
          ))}
        </Stroke>
      )}
      {marks.dark && (
        <Stroke kind="dark" width={line}>
          {marks.dark.map((b, i) => (
            <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} />
          ))}
        </Stroke>
      )}
      {marks.seal && (
        <Stroke kind="seal" width={line}>
          <ellipse
            cx={marks.seal.x + marks.seal.width / 2}
            cy={marks.seal.y + marks.seal.height / 2}
            rx={marks.seal.width / 2 + line * 2}
            ry={marks.seal.height / 2 + line * 2}
          />
        </Stroke>
      )}
      {marks.cut && (
        <Stroke kind="cut" width={line * 1.5}>
          {marks.cut.map((c, i) => (
            <line key={i} {...cutLine(c, W, H, line * 1.5)} />
          ))}
        </Stroke>
      )}
      {readBoxes(reading, W, H).map(({ kind, box }) => {
        const around = {
          x: box.x - line,
          y: box.y - line,
          width: box.width + line * 2,
          height: box.height + line * 2,
          fill: 'none',
        };
        return (
          <g key={`read-${kind}`}>
            <rect {...around} stroke="white" strokeWidth={line * 1.6} strokeOpacity={0.85} />
            <rect
              {...around}
              stroke={readStyle.colour}
              strokeWidth={line * 0.8}
              strokeDasharray={readStyle.dash.map((d) => d * line).join(' ')}
            />
          </g>
        );
      })}
      {readBoxes(reading, W, H).map(({ kind, box, percent }) =>
        boxLabel(box, `${labels[kind]} ${percent}%`, `read-label-${kind}`),
      )}
      {marks.glare?.map((b, i) => boxLabel(b, labels.glare, `glare-${i}`))}
      {marks.dark?.map((b, i) => boxLabel(b, labels.dark, `dark-${i}`))}
      {marks.seal && boxLabel(marks.seal, labels.seal, 'seal')}
      {marks.cut?.map((c, i) => {
        const mx = (c.from.x + c.to.x) / 2;
        const my = (c.from.y + c.to.y) / 2;
        const at = {
          left: { x: line * 4, y: my, anchor: 'start' },
          right: { x: W - line * 4, y: my, anchor: 'end' },
          top: { x: mx, y: line * 3 + font, anchor: 'middle' },
          bottom: { x: mx, y: H - line * 4, anchor: 'middle' },
        } as const;
        const { x, y, anchor } = at[c.side];
        return (
          <Label key={`cut-${i}`} x={x} y={y} size={font} anchor={anchor}>
            {c.printed ? labels.cut : labels.edge}
          </Label>
        );
      })}
    </svg>
  );
}

/**
 * The photo with its marks, and the list of what is marked. Renders nothing when there is nothing
 * to mark.
 */
export function AnnotatedPhoto({
  file,
  marks,
  reading,
}: {
  file: Blob;
  marks: PictureMarks;
  /** The certificate's reading, when the person asked for it: its boxes are drawn too. */
  reading?: CertificateReading | null;
}) {
  const t = useImageCheckStrings().picture;
  // The file this component could not show (HEIC, TIFF in most browsers), or whose shape does not
  // match the marks (the browser turned it differently): then the marks are drawn on a blank.
  const [unshown, setUnshown] = useState<Blob | null>(null);
  // The object URL lives exactly as long as the <img> shows this file (React 19 ref cleanup).
  const showFile = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(file);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );
  const kinds = markKinds(marks);
  const read = readBoxes(reading, marks.width, marks.height).length > 0;
  if (kinds.length === 0 && !read) return null;
  const blank = unshown === file;
  // The sides where print is cut, and those where only the border is missing, each once.
  const sidesWhere = (printed: boolean) => [
    ...new Set(marks.cut?.filter((c) => c.printed === printed).map((c) => c.side)),
  ];
  const cutSides = sidesWhere(true);
  const edgeSides = sidesWhere(false);
  const items: Record<Kind, string> = {
    outline: t.outline,
    cut: [cutSides.length ? t.cut(cutSides) : '', edgeSides.length ? t.edge(edgeSides) : '']
      .filter(Boolean)
      .join(' '),
    glare: t.glare,
    dark: t.dark,
    seal: t.seal,
  };
  return (
    <figure aria-labelledby="picture-heading" data-picture className="m-0">
      <h3 id="picture-heading" className="mb-2 text-lg font-semibold">
        {t.heading}
      </h3>
      <div
        className={
          blank
            ? 'relative w-full rounded bg-slate-200 dark:bg-slate-700'
            : 'relative mx-auto w-fit max-w-full'
        }
        style={blank ? { aspectRatio: `${marks.width} / ${marks.height}` } : undefined}
      >
        {!blank && (
          <img
            ref={showFile}
            alt={t.alt}
            width={marks.width}
            height={marks.height}
            className="block h-auto max-h-[60vh] w-auto max-w-full rounded"
            onError={() => setUnshown(file)}
            onLoad={(event) => {
              const { naturalWidth: w, naturalHeight: h } = event.currentTarget;
              if (
                Math.abs(w / h - marks.width / marks.height) >
                0.02 * (marks.width / marks.height)
              )
                setUnshown(file);
            }}
          />
        )}
        <Overlay marks={marks} labels={t.labels} reading={reading} />
      </div>
      <figcaption className="mt-2">
        {blank && <p className="mb-1 text-slate-700 dark:text-slate-300">{t.noImage}</p>}
        <ul className="space-y-1">
          {kinds.map((kind) => (
            <li key={kind} data-mark={kind} className="flex gap-2">
              <Swatch kind={kind} />
              <span>{items[kind]}</span>
            </li>
          ))}
          {read && (
            <li data-mark="read" className="flex gap-2">
              <svg aria-hidden="true" viewBox="0 0 40 12" className="mt-1 h-3 w-10 shrink-0">
                <line
                  x1="2"
                  y1="6"
                  x2="38"
                  y2="6"
                  stroke={readStyle.colour}
                  strokeWidth="2"
                  strokeDasharray="6 2"
                />
              </svg>
              <span>{t.read}</span>
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
