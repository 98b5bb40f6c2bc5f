/**
 * An html-validate rule, `cruxmap/csp-safe`: the page must work under the Content-Security-Policy of
 * docs/nginx.conf (script-src 'self'; style-src 'self'), so it may hold no inline <script> (a JSON data
 * block aside), no <style>, no style="" attribute, no on…="" event handler and no javascript: URL.
 * Checked statically on every built page, since most pages run no script a browser test could trip.
 */
import { Rule, type DOMReadyEvent, type Plugin, type RuleDocumentation } from 'html-validate';

const DATA_BLOCK = /^application\/(?:ld\+)?json$/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

class CspSafe extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description: "The site is served with script-src 'self' and style-src 'self' (README, \"Content Security Policy\"): scripts and styles must be files, never inline.",
    };
  }

  override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const el of event.document.querySelectorAll('*')) {
        if (el.is('script') && !el.hasAttribute('src') && !DATA_BLOCK.test(String(el.getAttribute('type')?.value ?? ''))) {
          this.report(el, 'inline <script>: the CSP blocks it. Write the script in a <script> Astro bundles into a file (no is:inline, no define:vars).');
        }
        if (el.is('style')) this.report(el, 'inline <style>: the CSP blocks it. Import a .css file instead (build.inlineStylesheets is "never").');
        for (const attr of el.attributes) {
          const key = attr.key.toLowerCase();
          if (key.startsWith('on')) this.report(el, `event handler attribute ${attr.key}="…": the CSP blocks it. Add a listener from a script file.`, attr.keyLocation);
          if (key === 'style') this.report(el, 'style attribute: the CSP blocks it. Use a class, or set element.style from a script.', attr.keyLocation);
          if (URL_ATTRIBUTES.has(key) && /^\s*javascript:/i.test(String(attr.value ?? ''))) this.report(el, `javascript: URL in ${attr.key}: never link to script.`, attr.keyLocation);
        }
      }
    });
  }
}

export const cspPlugin: Plugin = { name: 'cruxmap', rules: { 'cruxmap/csp-safe': CspSafe } };
