/**
 * Core English vocabulary for synthetic news text, most frequent first within each list (the order
 * feeds a Zipf sampler, so "government" is drawn far more often than "referendum").
 */

export const NOUNS = `government minister country people year talks officials police week president forces plan
report company police statement support agreement region city market deal meeting security prices energy
election party state workers groups leaders troops border court law attack crisis economy power war council
ministry parliament month capital system project oil gas water funding budget policy service health children
families residents investigators lawmakers analysts spokesman spokeswoman prosecutors army navy ships aircraft
talks protest protesters vote voters campaign coalition opposition reforms taxes jobs rates inflation growth
trade exports imports investment investors shares bank banks fund debt loan contract sanctions ceasefire
negotiations summit delegation agency authorities network infrastructure pipeline cable grid plant factory
station airport port railway bridge road hospital school university students teachers doctors patients
hospitals vaccine outbreak virus drought flood floods storm fire fires earthquake damage victims survivors
refugees migrants camp aid food fuel electricity supplies shortages output production demand supply
revenue profit losses quarter figures data survey study research scientists experts researchers climate
emissions targets weather temperatures season drivers passengers flights trains services operators
companies firms industry sector farmers crops harvest land territory villages towns settlements province
district coast island islands sea river mountain area zone route routes corridor pact treaty alliance
commission committee inquiry investigation trial verdict sentence charges case judge lawyers rights
freedom media journalists newspaper broadcaster website platform users technology software chips devices
phones satellite launch mission missile missiles drones weapons equipment ammunition defence exercise
exercises patrols presence posture threat threats warning warnings risks risk measures steps rules standards
regulators regulator licence licences tender bid bids auction stake merger takeover shareholders board
executive chairman director manager staff employees union unions strike strikes wages pensions benefits
housing rents homes buildings construction tourism tourists visitors festival exhibition museum film
match team players coach league season title championship tournament fans stadium referee record`
  .split(/\s+/).filter(Boolean);

export const VERBS_PAST = `said told announced agreed rejected approved signed launched warned urged called
reported confirmed denied accused blamed welcomed criticised condemned ordered halted delayed postponed
raised cut increased reduced extended expanded suspended resumed completed opened closed joined left won lost
backed supported opposed proposed introduced passed blocked vetoed unveiled published released received sent
deployed withdrew arrested charged detained freed killed injured evacuated rescued damaged destroyed built
repaired restored replaced secured sought offered demanded pledged promised vowed planned expected estimated
discussed reviewed examined investigated questioned defended protected attacked targeted struck hit
reached crossed entered visited hosted met held`.split(/\s+/).filter(Boolean);

export const VERBS_PRESENT = `says tells announces agrees rejects approves signs launches warns urges calls
confirms denies blames welcomes criticises orders halts delays raises cuts increases reduces extends expands
suspends resumes opens closes joins backs opposes proposes unveils seeks offers demands pledges vows plans
faces eyes targets hits reaches visits hosts meets holds`.split(/\s+/).filter(Boolean);

export const ADJECTIVES = `new national local regional international foreign public private former senior
major key main first last second third final early late recent current next previous large small big high
low strong weak heavy further additional several many few more other same own military political economic
financial social legal environmental nuclear civil human critical serious significant important possible
likely potential annual monthly daily weekly temporary permanent joint separate official independent
preliminary initial full limited growing rising falling record fresh long short wide broad close direct
urgent emergency humanitarian diplomatic commercial industrial digital electric renewable offshore coastal
northern southern eastern western central rural urban remote ordinary average modest sharp steady rapid
slow gradual unexpected unprecedented controversial popular unpopular`.split(/\s+/).filter(Boolean);

export const ADVERBS = `also still already now again only just even however meanwhile previously recently
currently initially eventually quickly slowly sharply largely widely`.split(/\s+/).filter(Boolean);

export const PREPOSITIONS = `in on at for with after before during over under against across between
despite amid within without through towards near`.split(/\s+/).filter(Boolean);

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

export const UNITS = `percent people kilometres tonnes megawatts barrels homes jobs seats votes days weeks
months million billion`.split(/\s+/).filter(Boolean);

export const SECTIONS = ["World", "Politics", "Business", "Economy", "Energy", "Europe", "Middle East",
  "Asia", "Africa", "Americas", "Technology", "Science", "Health", "Climate", "Sport", "Culture", "Local News",
  "Opinion", "Defence", "Transport"];

/** First names from many languages: people in the archive are drawn from these plus a generated surname. */
export const FIRST_NAMES = `Jens Irena Oktay Sofia Mikael Anna Kemal Helen Rachel Priya Daniel Marcus Nadia
Clara Nikos Milena Jonas Petar Dana Margaret Henrik Ruth Dev Kristjan Lucia Jakob Tomas Giorgia Vladimir
Olaf Ursula Emmanuel Recep Volodymyr Antonio Maria Ahmed Fatima Yusuf Leila Omar Hassan Mariam Ali Sergei
Olena Dmitri Katarzyna Piotr Agnieszka Lars Ingrid Astrid Pekka Aino Juan Carmen Diego Isabel Pedro Ana
Lucas Camille Julien Sophie Hans Greta Klaus Paolo Chiara Marco Elena Ivan Natalia Akira Yuki Hiroshi Mei
Wei Li Chen Min-jun Ji-woo Arjun Ananya Rahul Kwame Amara Chidi Ngozi Thabo Zanele Samuel Grace Peter
Laura Michael Sarah James Emily Robert Jessica Thomas Hannah William Olivia George Alice Ahmet Zeynep
Mehmet Elif Can Aylin Rustam Dilnoza Aziz Nodira Bilal Sana Farid Noor Karim Yasmin Tariq Huda`
  .split(/\s+/).filter(Boolean);

export const ORG_KINDS = `Ministry Agency Commission Council Authority Institute Bank Party Alliance Group
Holdings Energy Airlines Railways Telecom Research Foundation Union Front Movement Court Guard Service`
  .split(/\s+/).filter(Boolean);

export const ORG_FIELDS = `Energy Defence Health Finance Interior Foreign Trade Transport Justice Education
Environment Agriculture Labour Digital Maritime Nuclear Water Housing`.split(/\s+/).filter(Boolean);

/** Syllables for generated words and names (surnames, places, the long tail of rare vocabulary). */
export const ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p",
  "pr", "r", "s", "st", "sh", "t", "tr", "v", "w", "z", "", ""];
export const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ia", "io"];
export const CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "st", "k", "v"];
export const WORD_SUFFIXES = ["", "", "tion", "ment", "ity", "ance", "ism", "er", "ing", "ed", "al", "ous",
  "ive", "ary", "ship", "ness"];
export const SURNAME_SUFFIXES = ["", "", "ov", "ova", "sen", "son", "berg", "ic", "escu", "oglu", "ez", "i",
  "aki", "ski", "er", "ani", "ard", "ow"];
export const PLACE_SUFFIXES = ["ia", "a", "stad", "grad", "vik", "ovo", "on", "ana", "mark", "burg", "is",
  "pur", "abad", "", ""];
