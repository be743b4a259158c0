/**
 * Attribution for every source compiled into the knowledge base, written to
 * `public/kb/NOTICE` by `npm run build:kb` (with the licence texts the licences require
 * to travel with copies). One line per source a reader reads, source repository and
 * commit as listed in the data's MANIFEST, licence, and the notice owed.
 */
import type { SourceId } from './sources';

export interface Attribution {
  source: SourceId;
  title: string;
  origin: string;
  licence: string;
  /** The notice that must be reproduced, verbatim. */
  notice?: string;
  /** Licence file (relative to the data folder) to reproduce in full. */
  licenceFile?: string;
}

export const ATTRIBUTIONS: Attribution[] = [
  {
    source: 'factbook',
    title: 'CIA World Factbook (final edition, data of 2026-01-22)',
    origin: 'factbook/factbook.json @ 8662a8b1',
    licence: 'Public domain (US Government work); repository CC0 1.0',
  },
  {
    source: 'wikidata',
    title: 'Wikidata office-holders via every-politician-scrapers (2021-11 to 2023-03)',
    origin: 'every-politician-scrapers/<country> (per-repository commits in MANIFEST.tsv); world @ 4a3b394d',
    licence: 'CC0 1.0 (Wikidata)',
  },
  {
    source: 'congress',
    title: 'US Congress legislators and executive',
    origin: 'unitedstates/congress-legislators @ dfa96222',
    licence: 'CC0 1.0',
  },
  {
    source: 'partyfacts',
    title: 'Party Facts core parties and Wikidata links',
    origin: 'hdigital/partyfactsdata @ 764de897',
    licence: 'MIT',
    notice: 'Copyright (c) 2022 Party Facts authors',
    licenceFile: 'partyfacts/LICENSE.md',
  },
  { source: 'parlgov', title: 'ParlGov parties', origin: 'hdigital/parlgov-web @ edd6f2d1', licence: 'CC0 1.0' },
  {
    source: 'igo',
    title: 'Country Codes and International Organizations',
    origin: 'dieghernan/Country-Codes-and-International-Organizations @ 3a7203aa',
    licence: 'MIT',
    notice: 'Copyright (c) 2019',
    licenceFile: 'igo-membership/LICENSE',
  },
  {
    source: 'publicbodies',
    title: 'Public Bodies (US federal, EU)',
    origin: 'datasets/publicbodies @ b58274a6',
    licence: 'ODC-PDDL 1.0',
  },
  {
    source: 'ucdp',
    title: 'UCDP Actor Dataset v22.1',
    origin: 'Uppsala Conflict Data Program, release file carried by skytheacademic/who_keeps_the_peace @ 5369d2f9',
    licence: 'CC BY 4.0',
    notice:
      'UCDP Actor Dataset v22.1, Uppsala Conflict Data Program. Changes: short names, native and English names and locations of non-state actors, reworded as one-line roles.',
  },
  {
    source: 'misp',
    title: 'MISP galaxy clusters (threat-actor, microsoft-activity-group)',
    origin: 'MISP/misp-galaxy @ 9434ace4',
    licence: 'CC0 1.0 or BSD-2-Clause (CC0 chosen)',
  },
  {
    source: 'mitre',
    title: 'MITRE ATT&CK intrusion sets (ATT&CK 18)',
    origin: 'mitre/cti @ 421deacb',
    licence: 'MITRE ATT&CK Terms of Use',
    notice: '© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.',
    licenceFile: 'mitre-attack/LICENSE.txt',
  },
  {
    source: 'microsoft',
    title: 'Microsoft threat actor naming mapping',
    origin: 'microsoft/mstic @ dd056e0e (PublicFeeds/ThreatActorNaming/MicrosoftMapping.json)',
    licence: 'CC BY 4.0',
    notice:
      "Threat actor names and mappings © Microsoft Corporation, licensed under CC BY 4.0. Changes: merged with other vendors' names.",
    licenceFile: 'microsoft-threat-actor-naming/LICENSE',
  },
  {
    source: 'fundus',
    title: 'fundus supported publishers',
    origin: 'flairNLP/fundus @ 18da6e53',
    licence: 'MIT',
    notice: 'Copyright (c) 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey',
    licenceFile: 'fundus-publishers/LICENSE',
  },
];

/** The NOTICE text; `licenceText` gives a licence file's contents. */
export function noticeText(licenceText: (file: string) => string): string {
  const parts = [
    "Dossier's knowledge base (kb/actors.bin) is compiled from the open data below.",
    'Licences that require it are reproduced after the list.',
    '',
  ];
  for (const a of ATTRIBUTIONS) {
    parts.push(`* ${a.title}`, `  Source: ${a.origin}`, `  Licence: ${a.licence}`);
    if (a.notice) parts.push(`  Notice: ${a.notice}`);
    parts.push('');
  }
  for (const a of ATTRIBUTIONS.filter((x) => x.licenceFile)) {
    parts.push(`---- ${a.title}: ${a.licenceFile} ----`, '', licenceText(a.licenceFile!).trim(), '');
  }
  return parts.join('\n');
}
