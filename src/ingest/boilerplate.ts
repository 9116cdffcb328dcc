/**
 * The boilerplate classifier, in the style of jusText (Pomikálek 2011):
 *
 * 1. Literal patterns for furniture every news site has (skip links, share
 *    widgets, cookie banners, newsletter boxes, copyright lines, "Listen to this
 *    article", "Advertisement", paywall notices, wire taglines...). They are
 *    kept general: they describe kinds of furniture, not a given outlet.
 * 2. A quality class for every other unit from its length, stopword density
 *    and sentence punctuation: "good" (running prose), "neargood", "short",
 *    "bad" (link lists, menus, data). Context (position after the header,
 *    neighbouring good units) is applied by the caller (body.ts).
 */
import { STOPWORDS } from "./stopwords.ts";
import type { UnitClass } from "./types.ts";

const SHARE_WORDS =
  "share|share this(?: story| article| brief| page)?|tweet|email|e-mail|print|print this page|save|saved|copy ?link|copylink|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|messenger|gift this article|gift article|reuse this content|compartir|copiar enlace|partager|teilen|condividi|partilhar";

/** Whole-line patterns for page furniture (tested on whitespace-collapsed text). */
const FURNITURE: RegExp[] = [
  /^skip (to|next|past)\b/i,
  /^(ir al contenido|saltar al contenido|aller au contenu|zum inhalt( springen)?|vai al contenuto|ir para o conteúdo)$/i,
  /^(navigation( menu)?|menu|main menu|search|sections|show more|home|live tv|watch now|languages?|more)$/i,
  /^(sign in|sign up|sign out|log ?in|log out|register|subscribe|subscribe now|donate|my news|my account|e-?paper|print subscriptions|search jobs|iniciar sesión|suscríbete|anmelden|abonnieren|s'abonner|se connecter|accedi|abbonati|assine|entrar)$/i,
  /^subscribe for [$€£]?\d/i,
  new RegExp(`^(?:${SHARE_WORDS})$`, "i"),
  /^share (on|via) \w+$/i,
  /^compartir en \w+$/i,
  /^listen(?: to this article| to article| now)?\s*(?:[·(|-]\s*\d+\s*min\)?)?$/i,
  /^\d+\s*(min|mins|minutes?)( read| listen)?$/i,
  /^(read mode|\d+% font size|font size|text size|dark mode)$/i,
  /^(advertisement|advertising|ad|sponsored|sponsored content|publicidad|anuncio|anzeige|werbung|publicité|pubblicità|publicidade|reclame)$/i,
  /^(comments?|comentarios|kommentare|commentaires)\s*\(\d+\)$/i,
  /^\d[\d,.]*\s+(comments?|comentarios|kommentare|commentaires)$/i,
  /^(leave a comment|add a comment|view comments|show comments|join the conversation)$/i,
  /^(©|\(c\)|copyright\b)/i,
  /(all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati)/i,
  /^(privacy( policy| notice)?|terms( of (use|service))?|terms and conditions|cookie (policy|preferences|settings)|cookies|contact( us)?|about( us)?|accessibility( statement)?|legal notice|imprint|impressum|aviso legal|careers|advertise|help|faq|sitemap|rss)$/i,
  // Consent banners and their buttons.
  /^(accept( all| cookies)?|reject( all)?|decline|manage (preferences|cookies|settings|options)|i accept|i agree|agree|ok|okay|got it|show purpose|more information|more options|customi[sz]e|aceptar|rechazer|akzeptieren|accepter|continue)$/i,
  /^we value your privacy$/i,
  /your privacy (choices|options|settings)/i,
  // Newsletter and app promotions.
  /^sign up (for|to)\b/i,
  /^(get|receive) (the|our) .{1,60} (briefing|newsletter|alerts?|digest)$/i,
  /^(enter your email( address)?|email( address)?|your email|submit|e-mail address)$/i,
  /^by (signing up|subscribing|clicking)\b/i,
  /\bunsubscribe\b/i,
  /^you are receiving this (email|newsletter)/i,
  /^(get breaking news alerts|download (the|our) .{1,40} app)$/i,
  /\bfollow (us|our)\b.{0,60}\b(google news|channel|on twitter|on facebook|on instagram|whatsapp)/i,
  /^(skip past|after) newsletter promotion$/i,
  /^(free|our) (daily|weekly|morning|evening) newsletter$/i,
  // Wire taglines, disclaimers, corrections, sources, tags.
  /^(reporting|writing|editing|additional reporting|compiled|translated|produced) by\b/i,
  /^our standards:/i,
  /^the views expressed (in this|here)/i,
  /^(this is a (breaking|developing) (news )?story|check back (later )?for updates|this story (is developing|will be updated|has been updated))/i,
  /^corrections?\b[^:]{0,40}:/i,
  /^(source|sources|fuente|fuentes|quelle|with agencies|with reporting from)\s*:/i,
  /^(tags?|topics|filed under|archives?|etiquetas|schlagwörter|mots-clés|categories|category)\s*:/i,
  // Paywalls.
  /^(this (article|content|story) is (reserved|only available|exclusive) (for|to) (subscribers|members))/i,
  /^(subscribe (now )?(and|to) (read|continue|unlock)|already a subscriber|to continue reading|continue reading with|you have reached your (free )?(article )?limit|register to continue|create a free account to continue|este contenido es exclusivo para suscriptores)/i,
  /^please (turn on|enable) javascript/i,
  /^(weather|wetter|tiempo|météo)\s*:/i,
  /^https?:\/\/\S+$/i,
  /^page \d+ of \d+$/i,
  /^(next|previous|prev) page\b/i,
  /^(show key events only|key events|breaking news|news in brief|in brief|exclusive|developing story)$/i,
  /^(list of \d+ items?|list \d+ of \d+|end of list)$/i,
  /powered by wordpress/i,
  /^(send us your feedback|send feedback|report an error|purchase licensing rights)$/i,
  /^(key points|key takeaways|highlights|at a glance|what we know)\s*:?$/i,
  // Page-chrome seen across many sites: age notices, app prompts, follow/like widgets, comment forms.
  /^this (article|story|page) is more than \d+ (years?|months?|days?) old$/i,
  /^(open|read|continue) in (the )?app$/i,
  /^(follow|following|unfollow|donate|load more|back to top|story continues|ad feedback|skip advertisement|link copied!?|share this( post)?:?|like this:?|like loading\.*|print this|save article|read later|lire plus tard|offrir cet article|artikel (anhören|teilen|merken)|share full article|give this article|view comments|leer en español|published in|written by)$/i,
  /^click (here )?to (share|email|print|open)\b/i,
  /^follow [^.]{1,60}\bon (facebook|x|twitter|instagram|tiktok|youtube|linkedin|threads|whatsapp)\b/i,
  /^(leave a (reply|comment)|post comment|your email address will not be published|save my name, email|required fields are marked)/i,
  /^(name|email|website|comment)\s*\*$/i,
  /^thanks for reading\b/i,
  /\bsign up here\.?$/i,
  /^(was this (page|article|information) (helpful|useful)\??|did you find this (page|article) useful\??)$/i,
  /^a version of this article appears in print\b/i,
  /^(do you have an opinion|have your say|what do you think)\b.{0,200}\b(letters?|comments?|email)\b/i,
  /^temps de lecture\b/i,
  /^(posted in|filed in|filed under|tagged|tagged with)\s+\S/i,
  /^(previous|next) (post|article|story)\b/i,
  /^(contribuer|mentions légales|politique de confidentialité|gestion des cookies|datenschutz(erklärung)?|nutzungsbedingungen|política de privacidad|política de cookies)$/i,
  /^\d[\d,.]*\s*[km]?\s*(followers|likes?|restacks?|claps?)\s*∙?$/i,
];

/**
 * Contributor and wire credit lines: "Associated Press writer X contributed to this report.",
 * "CNN’s Mark Ruiz contributed to this report.", "Additional reporting by ...".
 */
const CONTRIBUTED = /\bcontributed (reporting )?(to )?(this )?(report|story|article|reporting)\.?$/i;

/**
 * A newsroom describing itself after the article: "The Harbor Ledger is an independent newsroom ...",
 * "The Associated Press is an independent global news organization ...". Group 1 is the name.
 */
export const NEWSROOM_SELF = /^((?:The )?(?:[\p{Lu}][\p{L}'’&.-]*\s?){1,5}) is an? (?:[\p{L}-]+ ){0,3}(?:newsroom|news organi[sz]ation|news agency|news site|news website|news outlet|publication|newspaper|media (?:company|organi[sz]ation|outlet))\b/u;

/** Patterns in two alternations (one regex run per line instead of sixty); most only fit short lines. */
const anchored = (re: RegExp): boolean => re.source.startsWith("^");
const join = (res: RegExp[]): RegExp => new RegExp(res.map((re) => `(?:${re.source})`).join("|"), "i");
const FURNITURE_SHORT = join(FURNITURE.filter(anchored));
const FURNITURE_ANY = join(FURNITURE.filter((re) => !anchored(re)));

/** A line of furniture by literal pattern. */
export function isFurniture(text: string): boolean {
  if (text.length > 260) return false;
  if (FURNITURE_ANY.test(text) || isCookieText(text)) return true;
  if ((text.length < 200 && CONTRIBUTED.test(text)) || (text.includes(" is a") && NEWSROOM_SELF.test(text))) return true;
  // Anchored patterns describe short lines ("Share", "Reporting by ...", paywall notices).
  return FURNITURE_SHORT.test(text) || isMenuRow(text);
}

/** Cookie/consent banner prose: mentions cookies or partners together with consent vocabulary. */
export function isCookieText(text: string): boolean {
  if (text.length > 700) return false;
  const lower = text.toLowerCase();
  const cookie = lower.includes("cookie") && /\bcookies?\b/i.test(text);
  const partners = lower.includes("partners") && /\b(our|\d+) partners\b/i.test(text);
  if (!cookie && !partners) return false;
  return /\b(we use|we and our|this (web)?site|you consent|consent|accept|personali[sz]e|browsing|preferences|your settings|device|identifiers)\b/i.test(text);
}

/** "Home | News | Sport", "Privacy · Terms · Cookie settings": several short link texts on one line. */
export function isMenuRow(text: string): boolean {
  if (text.length > 200 || /[.!?]$/.test(text)) return false;
  const parts = text.split(/\s*[|·•›»]\s*/).filter((p) => p !== "");
  if (parts.length < 3) return false;
  return parts.every((p) => p.split(" ").length <= 4 && !/\d{4}/.test(p));
}

/** A photo caption or credit ("... [Name/Agency]", "Image: X", "[1/2] ...", "Photo: X"). */
export function isCaption(text: string): boolean {
  if (text.length > 400 || text.length < 12) return false;
  return CAPTION.test(text) || (text.includes(":") && CAPTION_LABEL.test(text));
}

/** Caption shapes in one regex (one run per line): credits, "Image caption, ...", agency credits. */
const CAPTION = new RegExp([
  /\[[^\]]{2,80}\]$/, /^\[\d+\/\d+\]/, /^image (caption|source)\s*,/, /\bcredit\s*(\.{2,}|…|:)\s*\S/,
  /\((photo|photograph|picture|image)s? (by|credit|courtesy)\b[^)]{2,80}\)$/, /purchase licensing rights/,
  /\b(getty images|ap photo|afp photo|via reuters|epa-efe)\b/, /^(photos?|words|pictures) by\b.*\|\s*(photos?|words) by\b/,
].map((re) => `(?:${re.source})`).join("|"), "i");
/** "Photo: Name", "Graphic: Outlet": a label is capitalised (case matters here, so a separate regex). */
const CAPTION_LABEL = /\b(?:[Ii]mages?|[Pp]hotos?|[Pp]hotograph|[Pp]icture|[Ff]otos?|[Bb]ild|[Ii]magen|[Cc]redit|[Ii]llustration|[Gg]raphics?|[Mm]ap|[Vv]ideo)\s*:\s*[A-Z0-9À-Þ]/;

/** A live-blog entry timestamp alone on a line ("11.52pm BST", "10:15 GMT", "3h ago"). */
export function isTimeOnly(text: string): boolean {
  return /^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,5})?$/i.test(text) || /^\d+\s*(h|m|min|hrs?)\s+ago$/i.test(text);
}

/** A list bullet ("- ", "* ", "• "). */
export function bulletText(text: string): string | null {
  const m = /^(?:[-*•▪►–]\s+)(.+)$/u.exec(text);
  return m ? m[1]!.trim() : null;
}

/** Languages detected by script, for which no stopword profile exists. */
const NO_PROFILE = new Set(["ar", "ru", "el", "he", "ja", "zh", "ko"]);
/** Undetermined Latin-script text: any profile's stopwords count. */
const ALL_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((s) => [...s]));

/** Characters of a unit read for its stopword density (about 50 words). */
const DENSITY_SAMPLE = 320;
/** Longer tokens are never stopwords (with punctuation around them allowed for). */
const MAX_STOPWORD = Math.max(...[...ALL_STOPWORDS].map((w) => w.length)) + 3;

const TERMINAL = /[.!?…"”’»)\]]$/;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

/**
 * The jusText quality class of a unit: "good" prose (long enough, enough
 * stopwords), "neargood", "short" (too short to judge), or "bad".
 */
export function qualityClass(text: string, language: string): UnitClass {
  const len = text.length;
  if (len < 40) return "short";
  const stops = STOPWORDS[language] ?? (NO_PROFILE.has(language) ? undefined : ALL_STOPWORDS);
  if (!stops) {
    // Scripts without a stopword profile (Arabic, Cyrillic, CJK...): judge by length and sentence punctuation.
    if (text.split(" ").length < 6) return "short";
    if (len >= 80 && endsSentence(text)) return "good";
    if (len >= 150) return "good";
    return endsSentence(text) ? "neargood" : "short";
  }
  // Density is estimated on the first DENSITY_SAMPLE characters: enough words for a stable figure, and the
  // cost per unit stays bounded however long the paragraph is.
  const ws = (len > DENSITY_SAMPLE ? text.slice(0, text.lastIndexOf(" ", DENSITY_SAMPLE)) : text).toLowerCase().split(" ");
  if (ws.length < 6) return "short";
  let n = 0;
  // Prose settles early: stop counting once the density needed for "good" is reached.
  const goodShape = (len >= 70 && endsSentence(text)) || len >= 150;
  const enough = Math.ceil(ws.length * 0.22);
  for (const w of ws) {
    if (w.length > MAX_STOPWORD) continue;
    if (stops.has(w) || (!isLetter(w.charCodeAt(w.length - 1)) && stops.has(trimPunct(w)))) {
      if (++n >= enough && goodShape) return "good";
    }
  }
  const density = n / ws.length;
  if (density >= 0.22 && ((len >= 70 && endsSentence(text)) || len >= 150)) return "good";
  if (density >= 0.15 && (endsSentence(text) || len >= 100)) return "neargood";
  return density >= 0.15 ? "short" : "bad";
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
}

/** A word without the punctuation around it ("said," → "said"). */
function trimPunct(w: string): string {
  let a = 0, b = w.length;
  while (a < b && !isLetter(w.charCodeAt(a))) a++;
  while (b > a && !isLetter(w.charCodeAt(b - 1))) b--;
  return w.slice(a, b);
}
