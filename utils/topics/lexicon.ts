/**
 * The topic taxonomy: one lexicon serves highlighting (the extractor) and the domain
 * score (detection). Terms are lowercase phrases; `variants` adds plurals and the
 * "cyber X" / "cyberX" / "cyber-X" spellings, so entries list each idea once.
 *
 * `terms` are what a reader would call the topic ("ceasefire", "peace talks"): only they
 * are marked on the page and counted. `cues` are words that tell the domain score a page
 * is about the topic without being one: fragments ("relations with", "killed in"),
 * offices and titles ("Oval Office", "Secretary of State"), adjectives and verbs.
 * A word with an everyday sense outside the domain is listed only in the phrases that
 * fix its sense ("ground offensive", not "offensive": a team's offensive line is not war).
 * Coups and martial law are the military taking power, listed with it rather than with protests.
 */
export interface TopicEntry {
  id: string;
  name: string;
  terms: string[];
  /** Evidence for the domain score only, never marked as a topic. */
  cues?: string[];
}

export const TOPICS: TopicEntry[] = [
  { id: 'cyber-operations', name: 'Cyber operations', terms: [
    'cyber operation', 'offensive cyber operation', 'cyber offensive', 'cyber warfare', 'cyber war', 'cyberwar',
    'cyber attack', 'cyber espionage', 'hack-and-leak', 'state-sponsored hacker',
    'state-backed hacker', 'nation-state hacker', 'wiper malware', 'cyber weapon', 'cyber threat',
    'cyber domain', 'cyber campaign', 'cyber intrusion', 'cyber sabotage',
  ] },
  { id: 'cybersecurity', name: 'Cybersecurity', terms: [
    'cybersecurity', 'cyber security', 'cyber defense', 'cyber defence', 'ransomware', 'malware',
    'data breach', 'zero-day', 'critical infrastructure', 'hacker', 'hacking', 'phishing',
  ] },
  { id: 'national-security', name: 'National security', terms: [
    'national security', 'homeland security', 'security forces',
    'counterintelligence',
  ], cues: [
    'security service', 'national security adviser', 'national security advisor',
  ] },
  { id: 'military', name: 'Military and defence', terms: [
    'military', 'armed forces', 'troops', 'soldier', 'airstrike', 'air strike', 'missile', 'drone strike',
    'warship', 'navy', 'air force', 'deployment', 'military aid', 'arms sale', 'weapons', 'coast guard',
    'military exercise', 'joint exercise', 'fighter jet', 'coup', 'martial law',
  ], cues: [
    'defense ministry', 'defence ministry',
  ] },
  { id: 'armed-conflict', name: 'Armed conflict and war', terms: [
    'war', 'armed conflict', 'invasion', 'military offensive', 'ground offensive', 'counteroffensive', 'counter-offensive', 'ceasefire', 'cease-fire', 'truce', 'insurgency',
    'insurgent', 'militant', 'militia', 'rebel', 'shelling', 'frontline', 'front line', 'battlefield',
    'civil war', 'occupation', 'annexation', 'airstrikes', 'casualties', 'attack', 'bombing',
    'war crime', 'hostage', 'hostage swap', 'prisoner swap', 'prisoner exchange', 'fighting', 'genocide', 'atrocities',
    'massacre', 'israeli-palestinian conflict', 'shot down', 'helicopter crash', 'kidnapping',
    'troop withdrawal', 'withdraw troops', 'insurgency', 'afghan war', 'intimidation', 'coercion',
  ], cues: [
    'killed in', 'conflict in', 'withdrawal of', 'abducted', 'gunmen', 'launched an offensive',
  ] },
  { id: 'diplomacy', name: 'Diplomacy and summits', terms: [
    'diplomacy', 'diplomat', 'summit', 'foreign policy',
    'peace talks', 'negotiation', 'treaty',
    'peace deal', 'peace agreement', 'us-russia relations', 'state visit', 'international law',
    'peace process', 'peace negotiations', 'direct talks', 'political settlement', 'two-state solution',
    'territorial claim', 'territorial dispute', 'maritime claim', 'south china sea', 'closer relations', 'defense cooperation',
    'defence cooperation', 'security cooperation',
  ], cues: [
    'diplomatic', 'foreign minister', 'foreign ministry', 'secretary of state', 'ambassador', 'embassy', 'bilateral', 'oval office', 'relations with', 'envoy', 'talks with', 'condemned',
  ] },
  { id: 'sanctions', name: 'Sanctions', terms: [
    'sanction', 'embargo', 'trade embargo', 'export control', 'asset freeze', 'blacklist', 'tariff', 'state sponsor of terrorism',
  ] },
  { id: 'elections-interference', name: 'Elections and interference', terms: [
    'election interference', 'election meddling', 'disinformation', 'influence operation', 'propaganda',
    'election', 'referendum', 'vote rigging', 'electoral fraud', 'misinformation campaign',
  ] },
  { id: 'intelligence', name: 'Intelligence and espionage', terms: [
    'intelligence', 'intelligence agent', 'espionage', 'spy', 'spying', 'spies', 'surveillance',
    'intelligence officer', 'covert operation',
  ], cues: [
    'intelligence agency', 'intelligence service', 'classified',
  ] },
  { id: 'terrorism', name: 'Terrorism', terms: [
    'terrorism', 'international terrorism', 'terrorist', 'terror attack', 'september 11', '9/11', 'counterterrorism', 'counter-terrorism', 'jihadist',
    'extremist', 'suicide bomber', 'suicide bombing', 'car bomb',
  ] },
  { id: 'nuclear', name: 'Nuclear and arms control', terms: [
    'nuclear', 'nuclear weapon', 'nuclear program', 'nuclear programme', 'arms control', 'uranium enrichment',
    'enrichment', 'non-proliferation', 'nonproliferation', 'warhead', 'ballistic missile', 'nuclear deal',
  ] },
  { id: 'human-rights', name: 'Protests and human rights', terms: [
    'human rights', 'human rights abuse', 'protest', 'protester', 'protestor', 'crackdown', 'dissident', 'political prisoner',
    'refugee', 'asylum', 'settlement', 'settlement activity', 'settlement building', 'settler', 'annexation', 'detention',
  ], cues: [
    'occupied', 'displaced',
  ] },
];

/** Every spelling of a term: plural, and "cyber X" as "cyberX" and "cyber-X". */
export function variants(term: string): string[] {
  const forms = new Set([term]);
  if (/\bcyber /.test(term)) {
    forms.add(term.replace(/\bcyber /, 'cyber'));
    forms.add(term.replace(/\bcyber /, 'cyber-'));
  }
  for (const f of [...forms]) {
    if (/[a-z]$/.test(f) && !/(s|y)$/.test(f)) forms.add(`${f}s`);
  }
  return [...forms];
}
