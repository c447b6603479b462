/**
 * An input with suggestions from the API's `search`: typing shows ranked hits (brand names and
 * aliases too), arrows move, Enter or a click picks one. Only the answer to the latest text is
 * shown or picked: while it is on its way the list has `aria-busy="true"`, and an Enter typed
 * meanwhile picks its first hit when it arrives, not a hit for older text.
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
  /** Bumped by every keystroke and by set(): answers carrying an older number are dropped. */
  private generation = 0;
  private pickOnArrival = false;
  picked: Picked | null = null;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onPick: (picked: Picked) => void,
  ) {
    list.setAttribute('aria-busy', 'false');
    input.addEventListener('input', () => {
      this.picked = null;
      this.pickOnArrival = false;
      const generation = ++this.generation;
      this.list.setAttribute('aria-busy', 'true');
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(generation), 120);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.hits.length > 0 && !this.picked) this.open();
    });
  }

  /** Shows an entity as chosen without searching (e.g. when restored from the URL). */
  set(picked: Picked | null): void {
    // Suggestions still on their way are for text this replaces.
    window.clearTimeout(this.timer);
    this.generation++;
    this.pickOnArrival = false;
    this.list.setAttribute('aria-busy', 'false');
    this.picked = picked;
    this.input.value = picked?.name ?? '';
    this.close();
  }

  private async suggest(generation: number): Promise<void> {
    const text = this.input.value.trim();
    /** Null: nothing to list (no letters or digits typed, or the search failed). */
    let hits: SearchHit[] | null = null;
    try {
      if (/[\p{L}\p{N}]/u.test(text)) hits = await search(text.slice(0, 200));
    } catch {
      hits = null;
    }
    if (generation !== this.generation) return; // a newer keystroke won
    this.list.setAttribute('aria-busy', 'false');
    this.hits = hits ?? [];
    this.active = this.hits.length > 0 ? 0 : -1;
    if (hits) this.render();
    else this.close();
    if (this.pickOnArrival && this.active >= 0) this.choose(this.active);
    this.pickOnArrival = false;
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
            const name = Object.assign(document.createElement('span'), {
              className: 'name',
              textContent: hit.entity.name,
            });
            const chip = Object.assign(document.createElement('span'), {
              className: 'kind-chip',
              textContent: KIND_STYLES[hit.kind].noun,
            });
            chip.style.background = KIND_STYLES[hit.kind].border;
            item.append(name, chip);
            if (hit.matchedOn !== hit.entity.name) {
              item.append(
                Object.assign(document.createElement('span'), {
                  className: 'matched',
                  textContent: `matched “${hit.matchedOn}”`,
                }),
              );
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
      if (this.list.getAttribute('aria-busy') === 'true') this.pickOnArrival = true;
      else if (this.active >= 0) this.choose(this.active);
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
