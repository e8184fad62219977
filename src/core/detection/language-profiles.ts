/**
 * The built-in language profiles, decoded once when the module is first evaluated (two
 * JSON.parse calls, about 3 ms cold): in a Worker that is startup time, outside the 10 ms CPU
 * budget of a request, and the isolate keeps the result for all the requests it serves.
 */
import { languageProfileData } from "./language-profile-data";
import { decodeLanguageProfiles, type LanguageProfiles } from "./language-profile-format";

const decodedProfiles: LanguageProfiles = decodeLanguageProfiles(languageProfileData);

export function builtInLanguageProfiles(): LanguageProfiles {
  return decodedProfiles;
}
