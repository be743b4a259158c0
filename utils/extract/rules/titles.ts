/**
 * Titles and roles that introduce a person: "Defense Secretary Hegseth", "Ukrainian
 * President Zelensky", "Gen. Mark Milley". The whole phrase is one mention.
 */
import { PhraseTrie } from '@/utils/text/phrase-trie';

const TITLES = `President;Vice President;Prime Minister;Deputy Prime Minister;Premier;Chancellor;Foreign Minister;
Defense Minister;Defence Minister;Interior Minister;Finance Minister;Minister;Foreign Secretary;Defence Secretary;
Defense Secretary;Home Secretary;Secretary of State;Secretary of Defense;Secretary of War;War Secretary;
Secretary-General;Secretary General;Secretary;Attorney General;Senator;Sen.;Representative;Rep.;Congressman;
Congresswoman;Governor;Gov.;Mayor;Ambassador;Envoy;Special Envoy;General;Gen.;Lt. Gen.;Maj. Gen.;Brig. Gen.;
Lieutenant General;Major General;Admiral;Adm.;Vice Adm.;Rear Adm.;Colonel;Col.;Lt. Col.;Captain;Capt.;Major;Maj.;
Commander;Cmdr.;Sergeant;Sgt.;King;Queen;Prince;Crown Prince;Princess;Emir;Sheikh;Ayatollah;Pope;Speaker;
Leader;Chairman;Chairwoman;Director;Chief;Spokesman;Spokeswoman;Spokesperson;Justice;Judge;Prosecutor;
Mr.;Mrs.;Ms.;Dr.;Sir;Dame;Lord;Lady;President-elect;Supreme Leader;National Security Adviser;
National Security Advisor;Director of National Intelligence;Press Secretary;Chief of Staff;Chief Negotiator;
Negotiator;Official;Commander-in-Chief;Foreign Affairs Minister`;

export interface TitleInfo {
  /** Titles that can precede a name only after a nationality ("Ukrainian President"). */
  title: string;
}

let trie: PhraseTrie<TitleInfo> | null = null;

/** The trie of titles, case-sensitive by the gazetteer's rules (first letter capital). */
export function titleTrie(): PhraseTrie<TitleInfo> {
  if (!trie) {
    trie = new PhraseTrie();
    for (const t of TITLES.split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      trie.add(t, { title: t });
  }
  return trie;
}
