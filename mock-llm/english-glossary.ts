/**
 * French words the English pseudo-translation swaps for English ones; every other word
 * only loses its accents. The result reads as "Franglais": Latin, plausible, clearly fake.
 */
export const englishGlossary: ReadonlyMap<string, string> = new Map(
  (
    "le=the la=the les=the un=a une=a des=some du=of_the de=of au=to_the aux=to_the à=to " +
    "et=and ou=or où=where en=in dans=in sur=on sous=under pour=for par=by avec=with " +
    "sans=without chez=at entre=between contre=against vers=towards selon=according_to " +
    "après=after avant=before depuis=since pendant=during est=is sont=are était=was " +
    "étaient=were a=has ont=have avait=had été=been sera=will_be fait=made il=he elle=she " +
    "ils=they elles=they on=one nous=we vous=you je=I ce=this cet=this cette=this ces=these " +
    "qui=who que=that quoi=what dont=whose ne=not pas=not plus=more moins=less très=very " +
    "aussi=also mais=but donc=so car=because si=if comme=as tout=all toute=all tous=all " +
    "toutes=all son=its sa=its ses=its leur=their leurs=their notre=our nos=our se=itself " +
    "gouvernement=government président=president présidente=president ministre=minister " +
    "pays=country ville=city année=year ans=years jour=day mois=month semaine=week " +
    "lundi=Monday mardi=Tuesday mercredi=Wednesday jeudi=Thursday vendredi=Friday " +
    "samedi=Saturday dimanche=Sunday janvier=January février=February mars=March " +
    "avril=April mai=May juin=June juillet=July août=August septembre=September " +
    "octobre=October novembre=November décembre=December milliards=billion " +
    "millions=million million=million milliard=billion mille=thousand milliers=thousands " +
    "même=same déjà=already encore=still bien=well oui=yes non=no mon=my ma=my mes=my " +
    "ton=your votre=your vos=your suis=am ai=have avons=have avez=have être=be avoir=have " +
    "ça=that cela=that lui=him eux=them quand=when comment=how pourquoi=why ainsi=thus " +
    "alors=then puis=then y=there lors=during"
  )
    .split(" ")
    .map((pair): [string, string] => {
      const [french = "", english = ""] = pair.split("=");
      return [french, english.replaceAll("_", " ")];
    }),
);

/** Elided articles and pronouns (`l'`, `d'`, `qu'`…) and what they become, space included. */
export const englishElisions: ReadonlyMap<string, string> = new Map([
  ["l", "the "],
  ["d", "of "],
  ["qu", "that "],
  ["n", "not "],
  ["s", ""],
  ["c", "it "],
  ["j", "I "],
  ["m", "me "],
  ["t", "you "],
  ["jusqu", "until "],
  ["lorsqu", "when "],
  ["puisqu", "since "],
]);
