/**
 * Word knowledge for topic extraction: compromise's lexicon (looked up
 * directly, without running its tagger: see docs/TOPICS.md for why) plus the
 * small hand lists that compromise lacks or gets wrong for news text.
 *
 * Every set holds lower-case words; callers lower-case before looking up.
 */
import nlp from "compromise";

type Tags = string | string[] | undefined;
interface CompromiseModel {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}
const model = nlp.model() as unknown as CompromiseModel;
const LEXICON = model.one.lexicon;

function tagsOf(word: string): readonly string[] {
  const t = LEXICON[word];
  return t === undefined ? [] : typeof t === "string" ? [t] : t;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export type LexKind = "person-first" | "person-last" | "place" | "organisation" | "demonym" | "grammar" | "common" | "unknown";

const PLACE_TAGS = new Set(["Country", "City", "Place", "Region"]);
const ORG_TAGS = new Set(["Organization", "SportsTeam"]);
const FIRST_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const GRAMMAR_TAGS = new Set(["Preposition", "Adverb", "Conjunction", "Determiner", "Pronoun", "Possessive", "Modal", "Copula", "QuestionWord", "Negative", "Expression", "Auxiliary"]);

/** What compromise's lexicon says a lower-cased word or phrase is, reduced to what topics need. */
export function lexKind(lower: string): LexKind {
  let kind = kindCache.get(lower);
  if (kind === undefined) {
    kind = computeLexKind(lower);
    if (kindCache.size < 200_000) kindCache.set(lower, kind);
  }
  return kind;
}
const kindCache = new Map<string, LexKind>();

function computeLexKind(lower: string): LexKind {
  const tags = tagsOf(lower);
  if (tags.length === 0) return "unknown";
  if (tags.some((t) => PLACE_TAGS.has(t))) return "place";
  if (tags.some((t) => ORG_TAGS.has(t))) return "organisation";
  if (tags.some((t) => FIRST_TAGS.has(t))) return "person-first";
  if (tags.includes("LastName")) return "person-last";
  if (tags.includes("Demonym")) return "demonym";
  if (tags.includes("ProperNoun") || tags.includes("Person")) return "unknown";
  if (tags.some((t) => GRAMMAR_TAGS.has(t))) return "grammar";
  return "common";
}

/** compromise's words that end organisation names ("Agency", "Bank", "Council") plus news-specific ones. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(model.two.orgWords),
  ...set(`alliance party union ministry court tribunal parliament senate congress assembly democrats republicans
    greens liberals conservatives front movement league forces police guard coastguard fc united labs
    technologies semiconductor systems holdings industries motors airlines institute university school agency
    commission committee council federation foundation office service services network wire times post news
    gobierno ministerio partido parlamento consejo banco universidad tribunal supremo congreso senado
    ministère parti conseil banque université ministerium partei rat bank
    energi energia energie gruppe ag sa gmbh nv bv ab asa oy oyj spa srl analytics research ventures solutions
    telecom ferries railways logistics shipping pharma regulator utility
    stars rovers athletic wanderers rangers albion`),
]);
/** compromise's place words ("River", "Region", "Strait") plus city/town words it leaves out. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(model.two.placeWords),
  ...set(`city town square street avenue road bridge port harbour harbor airport oblast governorate canton
    peninsula sea ocean islands coast border río rio mar sierra`),
]);
/** First words that make a place ("Lake Geneva", "Santa Lucía del Mar"). */
export const PLACE_FIRST: ReadonlySet<string> = set(`lake mount port cape gulf isle san santa saint st sierra río rio puerto bay
  republic kingdom sultanate emirate principality wadi`);

export const WEEKDAYS: ReadonlySet<string> = set(`monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun
  lunes martes miércoles miercoles jueves viernes sábado sabado domingo
  lundi mardi mercredi jeudi vendredi samedi dimanche
  montag dienstag mittwoch donnerstag freitag samstag sonntag
  lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
  segunda terça terca quarta quinta sexta`);

export const MONTHS: ReadonlySet<string> = set(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
  januar februar märz maerz april juni juli oktober dezember
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
  janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro`);

/**
 * Words that are never a topic on their own and are stripped from the ends of a
 * capitalised run: function words that start sentences ("The", "But"), pronouns,
 * time words, and the same in the other languages we see.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = set(`a an the and or but nor so yet if when while as at by for from in into of off on onto
  out over to up with without within after before since until during despite although though because however
  meanwhile moreover also still then there here this that these those it its he she we they i you me him her us them
  his hers our ours their theirs my your who whom whose what which where why how all any both each every few many
  most more some such no not nor only own same other another than too very just now today yesterday tomorrow
  tonight last next first second third earlier later already yes mr mrs ms dr prof sir dame lord lady
  according among amid between through throughout under above below against toward towards upon via per
  el la los las un una unos unas lo al del de en y o u pero con sin por para según segun sobre entre hasta desde
  durante ante tras este esta estos estas ese esa eso aquel su sus nuestro mi tu se que como cuando donde también
  le les des du et ou mais avec sans pour dans sur sous selon entre depuis pendant ce cette ces son sa ses notre
  der die das den dem ein eine einer und oder aber mit ohne für im am vom zum zur nach bei seit während dieser
  il lo gli le uno una e o ma con senza per tra fra su nel nella dello della questo questa
  o os as um uma e ou mas com sem para pelo pela num numa este esta isso`);

/** Capitalised words that open headlines, photo credits and page chrome but are not topics. */
export const GENERIC_STARTERS: ReadonlySet<string> = set(`read photo photos video watch listen share follow click subscribe sign log
  advertisement sponsored related more update updated breaking live exclusive explainer analysis opinion editorial
  comment letters interview watch report reports reporting editing writing additional source sources file image
  images picture pictures credit caption gallery newsletter menu home search skip print email top trending
  welcome key latest news date published modified posted edition mps`);

/**
 * Page furniture that survives scraping. Matched on the slug of a whole
 * candidate (so "Google News", "google news" and "Google-News" all match).
 */
export const FURNITURE_SLUGS: ReadonlySet<string> = new Set(
  `read mode|read more|read also|google news|google news channel|top content|top content trending|font size|min read|
  privacy policy|cookie policy|cookie settings|terms of use|terms of service|terms and conditions|all rights reserved|
  accept all|manage preferences|sign in|sign up|log in|log out|subscribe now|most read|most viewed|most popular|
  key events|show key events only|skip to main content|skip to navigation|print subscriptions|getty images|afp photo|
  reuters photo|file photo|ap photo|epa|afp via getty images|whatsapp|facebook|twitter|telegram|instagram|linkedin|
  youtube|tiktok|copy link|gift this article|listen to this article|more on this topic|more opinion|related articles|
  related stories|you may also like|recommended|sponsored content|advertisement|newsletter|morning briefing|
  ir al contenido|te puede interesar|aviso legal|política de privacidad|política de cookies|compartir en facebook|
  privacy notice|compartir en twitter|copiar enlace|suscríbete|iniciar sesión|publicidad|lire aussi|à lire aussi|mehr zum thema`
    .split("|")
    .map((s) => s.trim().normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-"))
    .filter((s) => s !== ""),
);

/** Abbreviations in capitals that are units, time zones or roles, not topics. */
export const NON_TOPIC_ACRONYMS: ReadonlySet<string> = set(`am pm bst cest cet gmt utc est edt pst pdt ist msk eet eest
  gw mw kw kwh mwh gwh twh km kg mph kmh bn mn ceo cfo coo cto mp mps pm tv ok id pdf faq gdp vat hq pr ad bc
  vs etc ps nb rip lol aka fyi asap diy ai it`);

/**
 * Words that name an office. A capitalised run containing one ("Italian Prime
 * Minister Giorgia Meloni") is split: what follows is the person, what comes
 * before is the organisation or country ("NATO Secretary General Jens Stoltenberg").
 */
export const ROLE_WORDS: ReadonlySet<string> = set(`president vice prime minister secretary chancellor mayor governor senator
  director chief chairman chairwoman chair ceo commissioner ambassador spokesman spokeswoman spokesperson envoy
  king queen prince princess pope emperor sheikh emir sultan crown judge justice coach manager captain leader
  speaker deputy officer inspector detective professor mr mrs ms dr sir dame lord lady lieutenant colonel
  sergeant admiral marshal attorney auditor ombudsman councillor councilman councilwoman representative rep sen
  gov gen lt col sgt capt cardinal bishop archbishop rabbi imam founder chairperson
  consejera consejero ministra ministro presidente presidenta alcalde alcaldesa portavoz secretario secretaria
  ministre président présidente maire porte-parole bundeskanzler kanzler präsident ministerin`);
/** Portfolio words that sit between a role and the name ("Energy Minister", "Minister of Energy Tomas Brenner"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = set(`foreign defence defense interior finance energy health economy economic
  trade agriculture transport environment infrastructure justice education labour labor culture digital
  home state general national affairs development industry security climate of for and the de del
  appeals commerce directors ministers representatives lords commons deputies auditors
  infraestructuras economía hacienda sanidad defensa exteriores fomento`);
/** "General" is a role only after another role word or before a name ("Secretary General", "General Smith"). */
export const WEAK_ROLE_WORDS: ReadonlySet<string> = set(`general executive head state premier`);

/** Lower-case particles allowed inside a name ("Bank of England", "Santa Lucía del Mar", "Hamad al-Rashidi"). */
export const NAME_CONNECTORS: ReadonlySet<string> = set(`of for de del della di da do dos das du la le van von der den ter zu y al bin ibn &`);

/** Demonyms and country adjectives of real countries, mapped to the country ("Ukrainian" → Ukraine). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  `afghan:Afghanistan american:United States british:United Kingdom chinese:China french:France german:Germany
  italian:Italy japanese:Japan russian:Russia ukrainian:Ukraine spanish:Spain polish:Poland turkish:Turkey
  iranian:Iran iraqi:Iraq israeli:Israel palestinian:Palestine syrian:Syria egyptian:Egypt indian:India
  pakistani:Pakistan saudi:Saudi Arabia swedish:Sweden danish:Denmark norwegian:Norway finnish:Finland
  dutch:Netherlands belgian:Belgium swiss:Switzerland austrian:Austria greek:Greece hungarian:Hungary
  romanian:Romania bulgarian:Bulgaria serbian:Serbia croatian:Croatia czech:Czech Republic slovak:Slovakia
  slovenian:Slovenia estonian:Estonia latvian:Latvia lithuanian:Lithuania belarusian:Belarus georgian:Georgia
  armenian:Armenia azerbaijani:Azerbaijan kazakh:Kazakhstan brazilian:Brazil mexican:Mexico canadian:Canada
  australian:Australia argentine:Argentina argentinian:Argentina chilean:Chile colombian:Colombia
  venezuelan:Venezuela cuban:Cuba nigerian:Nigeria kenyan:Kenya ethiopian:Ethiopia moroccan:Morocco
  algerian:Algeria tunisian:Tunisia libyan:Libya sudanese:Sudan lebanese:Lebanon jordanian:Jordan qatari:Qatar
  emirati:United Arab Emirates yemeni:Yemen bangladeshi:Bangladesh indonesian:Indonesia filipino:Philippines
  vietnamese:Vietnam thai:Thailand taiwanese:Taiwan portuguese:Portugal irish:Ireland scottish:Scotland
  welsh:Wales european:Europe african:Africa asian:Asia moldovan:Moldova kosovan:Kosovo albanian:Albania
  bosnian:Bosnia and Herzegovina macedonian:North Macedonia icelandic:Iceland maltese:Malta cypriot:Cyprus
  peruvian:Peru bolivian:Bolivia ecuadorian:Ecuador uruguayan:Uruguay paraguayan:Paraguay ghanaian:Ghana
  senegalese:Senegal somali:Somalia somalian:Somalia ugandan:Uganda rwandan:Rwanda congolese:Congo
  zimbabwean:Zimbabwe zambian:Zambia malaysian:Malaysia singaporean:Singapore korean:Korea mongolian:Mongolia
  uzbek:Uzbekistan kyrgyz:Kyrgyzstan tajik:Tajikistan turkmen:Turkmenistan kuwaiti:Kuwait omani:Oman
  bahraini:Bahrain`
    .trim()
    .split(/\s+(?=[a-z]+:)/)
    .map((pair) => {
      const [adj, country] = pair.split(":") as [string, string];
      return [adj, country.trim()] as [string, string];
    }),
);

/** Capitalised adjectives that are not about a place ("Western backers", "Soviet-era"). */
export const NON_PLACE_ADJECTIVES: ReadonlySet<string> = set(`western eastern northern southern central soviet arab latin nordic baltic
  atlantic pacific mediterranean islamic christian catholic muslim jewish orthodox communist socialist liberal
  conservative democratic republican`);

/** Words before a name that mark a place ("in Kherson", "from Moscow"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = set(`in from to across near into towards toward outside inside around
  throughout en à nach capital city town village`);
/** Words after a name that mark a place ("Kherson region", "Kyiv's"). */
export const PLACE_FOLLOWERS: ReadonlySet<string> = set(`region province city capital oblast district county coast border
  peninsula island islands port town village area`);
/** Lower-case words before a name that make it a person ("coach Idrissa Kaboré", "striker Jon Eklund"). */
export const PERSON_BEFORE: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  ...set(`striker midfielder goalkeeper defender forward winger analyst economist lawyer official resident farmer
    researcher scientist engineer teacher student owner boss candidate opponent rival incumbent challenger winner
    champion player star singer actor author writer journalist reporter photographer activist campaigner substitute
    chairman spokesperson colleague deputy aide adviser advisor manager coach mr mrs ms dr`),
]);
/** "Republic of Zarqan" is Zarqan. */
export const STATE_FORMS: ReadonlySet<string> = set(`republic kingdom sultanate emirate principality commonwealth state`);

/** Lower-case words before a name that make it an organisation ("the supermarket chain Pazar Market", "an analyst at Northgate Research"). */
export const ORG_BEFORE: ReadonlySet<string> = set(`company firm chain group organisation organization operator utility club
  party agency startup start-up maker manufacturer bank lender insurer regulator retailer broadcaster newspaper
  charity network carrier airline developer conglomerate subsidiary rival supplier contractor union team side`);
/**
 * Verbs that a company does right after its name ("Lumenta unveils", "Halvane Semiconductor delays"):
 * evidence for an organisation over a place when a lone name has nothing else.
 */
export const BUSINESS_VERBS: ReadonlySet<string> = set(`unveils unveiled launches launched raises raised releases released
  acquires acquired hires hired sells sold ships shipped employs employed invests invested delays delayed
  recalls recalled lays cuts posts posted earns earned merges merged files filed sues sued rolls rolled
  licenses licensed`);

/** Speech verbs: "Stoltenberg said" makes a person (or an organisation when it stands alone). */
export const SPEECH_VERBS: ReadonlySet<string> = set(`said says told added wrote argued warned stated announced insisted
  explained noted according`);
