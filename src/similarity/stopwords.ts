/**
 * Words left out of term vectors: function words of the languages the archive meets most
 * (English, Spanish, French, German, Portuguese, Italian) and news filler ("said", "told").
 * They stay in the MinHash shingles, where word order matters and function words help.
 */
const WORDS = `
a about above after again against all almost also although am among an and another any are around as at
be because been before being below between both but by can cannot could did do does doing done down during
each either else ever every few for from further get gets got had has have having he her here hers herself
him himself his how however i if in into is it its itself just last least less like made make many may me
might more most much must my myself near neither never new next no nor not now of off often on once one only
or other others our ours ourselves out over own per perhaps rather same several she should since so some
still such than that the their theirs them themselves then there these they this those though through thus
to too toward towards two under until up upon us very via was we were what when where whether which while
who whom whose why will with within without would yet you your yours yourself yourselves
said says say saying told tell according added adding including include includes also mr mrs ms dr
year years week weeks day days month months time times people percent monday tuesday wednesday thursday
friday saturday sunday today yesterday tomorrow
el la los las un una unos unas de del al y o u en con por para sin sobre entre es son fue fueron ser
estar está están ha han había se su sus lo le les que como más pero muy ya también este esta estos estas
ese esa eso dijo según
le les des du et ou en dans par pour sur avec sans est sont été être il elle ils elles nous vous au aux
ce cette ces qui que quoi dont où mais plus pas ne se son sa ses leur leurs
der die das den dem des ein eine einer eines einem einen und oder in im mit von zu zur zum auf für ist
sind war waren wird werden hat haben nicht auch sich als wie bei nach aus dass sie er es
o os as um uma do da dos das no na nos nas em com por para não foi ser é
il lo gli i una di del della dei delle e che non per con su sono è
`;

/** The stopword set (lowercase). */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ""));
