/**
 * Eleventy configuration: a table of contents of the site, one template per
 * page kind. Everything else lives in the plugin; the build (src/build/render.ts)
 * hands Eleventy the page descriptors as global data and renders them in memory.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PageKind } from "./src/model/pages.ts";
import sitePlugin, { type TemplateModule } from "./src/site/plugin.ts";
import * as archive from "./templates/archive.11ty.ts";
import * as article from "./templates/article.11ty.ts";
import * as feed from "./templates/feed.11ty.ts";
import * as home from "./templates/home.11ty.ts";
import * as month from "./templates/month.11ty.ts";
import * as outlet from "./templates/outlet.11ty.ts";
import * as outlets from "./templates/outlets.11ty.ts";
import * as report from "./templates/report.11ty.ts";
import * as search from "./templates/search.11ty.ts";
import * as sitemap from "./templates/sitemap.11ty.ts";
import * as topic from "./templates/topic.11ty.ts";
import * as topics from "./templates/topics.11ty.ts";
import * as undated from "./templates/undated.11ty.ts";
import * as year from "./templates/year.11ty.ts";

/** The template of each page kind: a record over PageKind, so a kind without one fails type checking. */
export const TEMPLATES: Record<PageKind, TemplateModule> = { article, home, topic, topics, year, month, outlet, outlets, archive, undated, search, report, feed, sitemap };

export default function eleventyConfig(config: { addPlugin(plugin: unknown, options: unknown): void }) {
  config.addPlugin(sitePlugin, { templates: TEMPLATES });
  // Absolute, so builds work from any working directory.
  return { dir: { input: path.join(path.dirname(fileURLToPath(import.meta.url)), "templates") } };
}
