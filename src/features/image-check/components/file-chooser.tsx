import { useEffect, useId, useState, type DragEvent } from 'react';
import { useImageCheckStrings } from '../i18n';

/**
 * One way in for every way people have a picture: the picker (on phones it offers the camera and
 * the gallery), drag and drop anywhere on the zone, or pasting an image anywhere on the page.
 */
export function FileChooser({
  onFile,
  busy,
}: {
  onFile: (file: File, how: 'picked' | 'dropped' | 'pasted') => void;
  busy: boolean;
}) {
  const t = useImageCheckStrings().chooser;
  const id = useId();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = event.clipboardData?.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file, 'pasted');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onFile]);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file, 'dropped');
  };

  return (
    <div
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-5 text-center ${
        dragging
          ? 'border-blue-700 bg-blue-50 dark:border-blue-300 dark:bg-blue-950/40'
          : 'border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900'
      }`}
    >
      <input
        id={id}
        type="file"
        // image/* makes phones offer the camera and the gallery; HEIC is listed for desktops.
        accept="image/*,.heic,.heif"
        className="peer sr-only"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file, 'picked');
          // Choosing the same file again must check it again.
          event.currentTarget.value = '';
        }}
      />
      <label
        htmlFor={id}
        className="inline-flex min-h-12 w-full cursor-pointer items-center justify-center rounded-lg bg-blue-700 px-6 text-lg font-semibold text-white peer-focus-visible:ring-4 peer-focus-visible:ring-blue-400 peer-focus-visible:ring-offset-2 hover:bg-blue-800 sm:w-auto dark:peer-focus-visible:ring-offset-slate-900"
      >
        {busy ? t.chooseAnother : t.choose}
      </label>
      <p id={`${id}-hint`} className="mt-3 text-slate-700 dark:text-slate-300">
        {t.hint}
      </p>
    </div>
  );
}
