/**
 * The page's readiness signal. While any fetch, layout or panel update is in flight the element
 * carries `data-state="busy"` and `aria-busy="true"`; once all have settled it carries
 * `data-state="ready"` and `aria-busy="false"`, and the canvas, status line, In view list and
 * side panel all show the same view. Screen readers hold announcements while busy; tests wait
 * on `data-state="ready"` instead of guessing how long a layout takes.
 */
export class Readiness {
  private pending = 0;

  constructor(private readonly element: HTMLElement) {}

  /** Runs `work` as one busy span, however many awaits it chains. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    this.show('busy');
    try {
      return await work();
    } finally {
      this.pending--;
      // A task later, not a microtask: one piece of work handing over to the next (a promise
      // chain) must not show "ready" in between.
      if (this.pending === 0) setTimeout(() => this.pending === 0 && this.show('ready'), 0);
    }
  }

  private show(state: 'busy' | 'ready'): void {
    this.element.dataset.state = state;
    this.element.setAttribute('aria-busy', String(state === 'busy'));
  }
}
