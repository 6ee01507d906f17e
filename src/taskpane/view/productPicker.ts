/**
 * A single-product combobox over the pane's typo-tolerant search (actions/search.ts): type a name,
 * an alias or an id ("coper", "nikel", "li2co3"), move with the arrow keys, Enter or click to
 * choose, Escape to close. The controller runs the search and passes the hits in.
 */
import type { ProductHit } from "../actions/search";
import { h, nextId } from "./dom";
import { arrowStep, renderOptions, showActive } from "./productOptions";

export interface ProductPickerEvents {
  search(text: string): void;
  choose(ref: string, name: string): void;
}

export class ProductPicker {
  readonly input: HTMLInputElement;
  /** The listbox: place it right after the input. */
  readonly list: HTMLUListElement;
  private hits: ProductHit[] = [];
  private active = -1;
  private chosen: { ref: string; name: string } | null = null;

  constructor(
    private ev: ProductPickerEvents,
    testid: string,
  ) {
    const listId = nextId("product-results");
    this.input = h("input", {
      class: "input search",
      id: nextId("product"),
      attrs: {
        type: "search",
        role: "combobox",
        "aria-expanded": "false",
        "aria-controls": listId,
        "aria-autocomplete": "list",
        placeholder: "copper, nikel, li2co3, NdPr...",
        autocomplete: "off",
        spellcheck: "false",
        "data-testid": testid,
      },
      on: {
        input: () => this.open(),
        keydown: (e) => this.keys(e),
        blur: () => setTimeout(() => this.close(false), 150),
      },
    });
    this.list = h("ul", {
      id: listId,
      class: "results",
      attrs: { role: "listbox", "aria-label": "Products", "data-testid": `${testid}-results` },
      props: { hidden: true },
    });
  }

  get value(): string {
    return this.chosen?.ref ?? "";
  }

  /** Shows a product as chosen (without telling the controller). */
  set(ref: string, name: string): void {
    this.chosen = ref ? { ref, name } : null;
    if (document.activeElement !== this.input || this.list.hidden) this.input.value = name;
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.active = -1;
    this.ev.search(this.input.value);
  }

  /** Closes the list; unless a product was just chosen, the input shows the chosen one again. */
  private close(chose: boolean): void {
    if (this.list.hidden) return;
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    if (!chose) this.input.value = this.chosen?.name ?? "";
  }

  renderResults(hits: ProductHit[]): void {
    this.hits = hits;
    if (this.active >= hits.length) this.active = hits.length - 1;
    renderOptions({
      input: this.input,
      list: this.list,
      hits,
      active: this.active,
      chosen: (ref) => this.chosen?.ref === ref,
      pick: (i) => this.pick(i),
      empty: "No product matches. Try another spelling.",
    });
  }

  private keys(e: KeyboardEvent): void {
    const step = arrowStep(e, this.active, this.hits.length);
    if (step !== null) {
      if (this.list.hidden) return this.open();
      if (!this.hits.length) return;
      this.active = step;
      this.renderResults(this.hits);
      showActive(this.list, this.active);
    } else if (e.key === "Enter") {
      if (this.list.hidden) return;
      e.preventDefault();
      this.pick(this.active >= 0 ? this.active : 0);
    } else if (e.key === "Escape") {
      e.preventDefault();
      // first Escape closes the list, the next clears the search text
      if (!this.list.hidden) this.close(false);
      else this.input.value = "";
    }
  }

  private pick(i: number): void {
    const x = this.hits[i];
    if (!x) return;
    this.chosen = { ref: x.ref, name: x.name };
    this.input.value = x.name;
    this.close(true);
    this.ev.choose(x.ref, x.name);
  }
}
