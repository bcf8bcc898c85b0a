// Kept only when the person asks, and only in this browser's localStorage: the answers (never
// anything typed into a tool). Storage can be blocked or full; then keeping simply fails.
// Read through useSyncExternalStore, so the prerendered page (which knows nothing kept) hydrates
// cleanly and the kept checklist appears right after.

const KEY = 'realname-help:kept-checklist';
const listeners = new Set<() => void>();

export function readKeptChecklist(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** What the server (prerender) and the first hydrating render see: nothing kept. */
export const readKeptChecklistOnServer = (): string | null => null;

export function subscribeToKeptChecklist(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab keeping or forgetting a checklist.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

const notify = () => listeners.forEach((listener) => listener());

export function keepChecklist(query: string): boolean {
  try {
    window.localStorage.setItem(KEY, query);
    notify();
    return true;
  } catch {
    return false;
  }
}

export function forgetChecklist(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept, so nothing to forget.
  }
  notify();
}
