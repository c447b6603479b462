/**
 * An input with suggestions from the API's `search`: typing shows ranked hits (brand names and
 * aliases too), arrows move, Enter or a click picks one.
 */
import { KIND_STYLES } from '../../src/domain/drawing';
import { search, type SearchHit } from './api';

export interface Picked {
  id: string;
  name: string;
}

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private generation = 0;
  picked: Picked | null = null;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onPick: (picked: Picked) => void,
  ) {
    input.addEventListener('input', () => {
      this.picked = null;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(), 120);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.hits.length > 0 && !this.picked) this.open();
    });
  }

  /** Shows an entity as chosen without searching (e.g. when restored from the URL). */
  set(picked: Picked | null): void {
    this.picked = picked;
    this.input.value = picked?.name ?? '';
    this.close();
  }

  private async suggest(): Promise<void> {
    const text = this.input.value.trim();
    const generation = ++this.generation;
    if (!/[\p{L}\p{N}]/u.test(text)) {
      this.hits = [];
      this.close();
      return;
    }
    try {
      const hits = await search(text.slice(0, 200));
      if (generation !== this.generation) return; // a newer keystroke won
      this.hits = hits;
      this.active = hits.length > 0 ? 0 : -1;
      this.render();
    } catch {
      this.hits = [];
      this.close();
    }
  }

  private render(): void {
    this.list.replaceChildren(
      ...(this.hits.length === 0
        ? [Object.assign(document.createElement('li'), { textContent: 'No match', className: 'matched' })]
        : this.hits.map((hit, index) => {
            const item = document.createElement('li');
            item.setAttribute('role', 'option');
            item.setAttribute('aria-selected', String(index === this.active));
            item.dataset.id = hit.entity.id;
            const name = Object.assign(document.createElement('span'), { className: 'name', textContent: hit.entity.name });
            const chip = Object.assign(document.createElement('span'), { className: 'kind-chip', textContent: KIND_STYLES[hit.kind].noun });
            chip.style.background = KIND_STYLES[hit.kind].border;
            item.append(name, chip);
            if (hit.matchedOn !== hit.entity.name) {
              item.append(Object.assign(document.createElement('span'), { className: 'matched', textContent: `matched “${hit.matchedOn}”` }));
            }
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              this.choose(index);
            });
            return item;
          })),
    );
    this.open();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.set({ id: hit.entity.id, name: hit.entity.name });
    this.onPick({ id: hit.entity.id, name: hit.entity.name });
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
