/**
 * Entry of the map page's one external module script: `<cruxmap-map data-src=".../graph.json">`
 * starts the map when it is connected. Only map.astro loads this file.
 */
import { startMap } from './map.ts';

class CruxmapMap extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.state) return;
    this.dataset.state = 'loading';
    startMap(this).catch((error: unknown) => {
      this.dataset.state = 'error';
      const status = this.querySelector('[data-map-status]');
      if (status) status.textContent = `The map could not start (${(error as Error).message}). The list below still shows every claim.`;
      throw error;
    });
  }
}

if (!customElements.get('cruxmap-map')) customElements.define('cruxmap-map', CruxmapMap);
