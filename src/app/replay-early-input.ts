// The prerendered page's fields work before the app has started: a person can type, paste, pick
// an option, tick a box or choose a photo in that moment. React takes the fields over as they are,
// but it heard none of those edits, so its state still holds what it rendered. Once it has
// hydrated, each edit is made again, the way the browser reports it, so every page sees it.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The value a field was rendered with (the prerendered HTML's, which hydration kept). */
function renderedValue(field: Field): string {
  if (!(field instanceof HTMLSelectElement)) return field.defaultValue;
  const options = [...field.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

/** Sets `value` the way typing does: past React's own value tracking, which then sees a change. */
function setAsTyped(field: Field, value: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!.call(field, value);
}

export function replayEarlyInput(root: HTMLElement) {
  for (const field of root.querySelectorAll<Field>('input, textarea, select')) {
    if (field instanceof HTMLInputElement && field.type === 'file') {
      if (field.files?.length) field.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (field instanceof HTMLInputElement && field.type === 'radio') {
      // Only the radio chosen in its group: its click unchecks the rendered one again.
      if (!field.checked || field.defaultChecked) continue;
      field.checked = false;
      field.click();
    } else if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked === field.defaultChecked) continue;
      field.checked = field.defaultChecked;
      field.click();
    } else {
      const edited = field.value;
      const rendered = renderedValue(field);
      if (edited === rendered) continue;
      // Through React's property (it records the rendered value), then as typed.
      field.value = rendered;
      setAsTyped(field, edited);
      const event = field instanceof HTMLSelectElement ? 'change' : 'input';
      field.dispatchEvent(new Event(event, { bubbles: true }));
    }
  }
}
