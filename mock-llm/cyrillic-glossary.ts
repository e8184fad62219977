/**
 * French words the Kazakh and Russian pseudo-translations replace by real target words
 * instead of transliterating them: months and magnitude words, so that number and date
 * checks recognise `3,5 млрд` or `12 наурыз`, and a few function words, so that the text
 * carries Kazakh or Russian evidence as a real translation does (Kazakh rather than
 * Russian-looking words; Russian that the language detector reads as plainly Russian).
 */
function wordMap(pairs: string): ReadonlyMap<string, string> {
  return new Map(
    pairs.split(" ").map((pair): [string, string] => {
      const [french = "", target = ""] = pair.split("=");
      return [french, target];
    }),
  );
}

export const kazakhGlossary = wordMap(
  "janvier=қаңтар février=ақпан mars=наурыз avril=сәуір mai=мамыр juin=маусым " +
    "juillet=шілде août=тамыз septembre=қыркүйек octobre=қазан novembre=қараша " +
    "décembre=желтоқсан mille=мың milliers=мың million=млн millions=млн milliard=млрд " +
    "milliards=млрд et=және ou=немесе avec=мен pour=үшін selon=бойынша sur=туралы " +
    "après=кейін avant=дейін a=бар",
);

export const russianGlossary = wordMap(
  "janvier=января février=февраля mars=марта avril=апреля mai=мая juin=июня juillet=июля " +
    "août=августа septembre=сентября octobre=октября novembre=ноября décembre=декабря " +
    "mille=тысяч milliers=тысяч million=млн millions=млн milliard=млрд milliards=млрд " +
    "et=и ou=или avec=с pour=для selon=по sur=на dans=в après=после avant=до que=что " +
    "qui=который mais=но aussi=также comme=как sans=без sous=под entre=между en=в à=в",
);
