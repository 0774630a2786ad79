/** The options page's element with `id`; throws when options.html lacks it (a build mistake, not a user's). */
export function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`options.html lacks #${id}`);
  return found as T;
}

/** Writes what happened into a status element; `data-state` lets a script tell success from failure. */
export function report(status: HTMLElement, state: 'ok' | 'error', text: string): void {
  status.textContent = text;
  status.dataset.state = state;
}
