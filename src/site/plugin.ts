/**
 * The site's Eleventy plugin: one JavaScript template per page kind, handed to
 * Eleventy as a module this process has already loaded (`.eleventy.ts` imports
 * `templates/<kind>.11ty.ts`), and nothing else is a template.
 *
 * Eleventy imports a template file afresh on every run (its JavaScript engine is never cacheable), so a
 * build that renders in several runs compiled and warmed up each template's code once per run. As virtual
 * templates (Eleventy 3's `addTemplate`), the modules are loaded once per thread, like the rest of the code,
 * and a thread that runs the build's code bundled (workers.ts) needs no TypeScript loader for them.
 *
 * Used by `.eleventy.ts`: `c.addPlugin(sitePlugin, { templates })`.
 */
import type { PageKind } from "../model/pages.ts";

/** What a `templates/<kind>.11ty.ts` module exports. */
export interface TemplateModule {
  data: object;
  render(this: unknown, data: never): string;
}

/** Eleventy's config object, kept loose at this boundary (see STYLE.md). */
interface EleventyConfigLike {
  addTemplate(virtualPath: string, content: unknown): void;
  setTemplateFormats(formats: string[]): void;
}

export default function sitePlugin(eleventyConfig: EleventyConfigLike, options: { templates: Record<PageKind, TemplateModule> }): void {
  // Only these templates: no file in templates/ is one (the `.11ty.ts` files are modules, the assets under
  // templates/assets/ are copied by the build as they are). No file there is named `*.11ty.js`, which
  // Eleventy requires of a virtual template's path.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  for (const [kind, mod] of Object.entries(options.templates)) {
    // A fresh object per run: Eleventy sets `page` and `eleventy` on a template instance.
    eleventyConfig.addTemplate(`${kind}.11ty.js`, { data: mod.data, render: mod.render });
  }
}
