/**
 * Pages that are not articles: index/section pages (many headlines, little
 * prose), campaign/subscription pages, paywall stubs (a paywall notice and
 * almost no text), and pages with no prose at all. They are still published,
 * flagged `kind: not-article`, so nothing the user saved disappears silently
 * (docs/PARSING.md, "Not an article").
 */
import type { BodyBlock } from "../record/body.ts";
import type { Unit } from "./types.ts";

const PAYWALL = /(reserved for subscribers|subscribers only|subscribe (now )?(to|and) (read|continue|unlock)|already a subscriber|to continue reading|article limit|create a free account to continue|exclusive to members|exclusivo para suscriptores|réservé aux abonnés|nur für abonnenten)/i;
const CAMPAIGN = /\b(donate|donation|support (us|our journalism)|become a (member|subscriber|supporter)|subscribe (today|now)|special offer|per month|per year|free trial|% off|join (us|today)|sign up now)\b/i;

export interface NotArticle {
  reason: string | null;
  paywalled: boolean;
}

/** `junk` flags the furniture units: paywall notices are among them. */
export function notArticle(units: readonly Unit[], blocks: readonly BodyBlock[], junk: readonly boolean[]): NotArticle {
  const paras = blocks.filter((b) => b.type === "paragraph");
  let bodyWords = 0;
  for (const b of paras) bodyWords += countWords(b.text);
  const paywalled = units.some((u, i) => junk[i] && PAYWALL.test(u.text));
  if (units.length === 0) return { reason: "the file is empty", paywalled };
  if (paywalled && bodyWords < 60) return { reason: "paywall stub: only a teaser of the article is on the page", paywalled };
  if (bodyWords >= 150) return { reason: null, paywalled };
  const campaign = units.filter((u) => u.text.length < 200 && CAMPAIGN.test(u.text)).length;
  if (campaign >= 3 && bodyWords < 150) return { reason: "campaign or subscription page, not an article", paywalled };
  const headlines = units.filter((u) => u.text.length >= 25 && u.text.length <= 140 && !/[.!?]$/.test(u.text) && u.text.split(" ").length >= 4).length;
  if (headlines >= 12 && bodyWords < 120 && headlines * 8 > bodyWords) {
    return { reason: `index page: ${headlines} headlines and little article text`, paywalled };
  }
  if (paras.length === 0) return { reason: "no article text found (no paragraphs of prose)", paywalled };
  return { reason: null, paywalled };
}

/** Words in whitespace-collapsed text (spaces + 1), without allocating. */
function countWords(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}
