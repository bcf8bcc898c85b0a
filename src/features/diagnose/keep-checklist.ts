// Kept only when the person asks, and only in this browser's localStorage: the answers (never
// anything typed into a tool). Storage can be blocked or full; then keeping simply fails.

const KEY = 'realname-help:kept-checklist';

export function readKeptChecklist(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function keepChecklist(query: string): boolean {
  try {
    window.localStorage.setItem(KEY, query);
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
}
