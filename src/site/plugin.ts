/**
 * The site's Eleventy plugin: templates are TypeScript modules
 * (`templates/<kind>.11ty.ts`, run through tsx) and nothing else is a template.
 *
 * Used by `.eleventy.ts`: `c.addPlugin(sitePlugin)`.
 */

/** Eleventy's config object, kept loose at this boundary (see STYLE.md). */
interface EleventyConfigLike {
  addExtension(ext: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  setTemplateFormats(formats: string[]): void;
  setQuietMode?(quiet: boolean): void;
}

export default function sitePlugin(eleventyConfig: EleventyConfigLike): void {
  // `.11ty.ts` files are JavaScript templates; tsx (the loader the build runs under) compiles them.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  // Only our TypeScript templates: no markdown, liquid or HTML files in templates/ become pages
  // (assets under templates/assets/ are copied by the build as they are).
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
}
