/**
 * The built-in language profiles, decoded once when the module is first evaluated (two
 * JSON.parse calls, about 3 ms cold) together with their integer n-gram index (a few ms
 * more): in a Worker that is startup time, outside the 10 ms CPU budget of a request, and
 * the isolate keeps the result for all the requests it serves.
 */
import { languageProfileData } from "./language-profile-data";
import { decodeLanguageProfiles, type LanguageProfiles } from "./language-profile-format";
import { ngramIndexOf } from "./ngram-index";

const decodedProfiles: LanguageProfiles = decodeLanguageProfiles(languageProfileData);
ngramIndexOf(decodedProfiles.scripts.Latn, "Latn");
ngramIndexOf(decodedProfiles.scripts.Cyrl, "Cyrl");

export function builtInLanguageProfiles(): LanguageProfiles {
  return decodedProfiles;
}
