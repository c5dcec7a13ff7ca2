/**
 * Wire services and syndicating outlets, keyed by every way they are written (lower case), valued by the name
 * Corroborate reports. Kept as data so that adding an agency is one line.
 */
export const WIRE_SERVICES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ap: 'AP',
    'associated press': 'AP',
    'the associated press': 'AP',
    reuters: 'Reuters',
    'thomson reuters': 'Reuters',
    afp: 'AFP',
    'agence france-presse': 'AFP',
    'agence france presse': 'AFP',
    bloomberg: 'Bloomberg',
    dpa: 'dpa',
    'deutsche presse-agentur': 'dpa',
    ansa: 'ANSA',
    efe: 'EFE',
    xinhua: 'Xinhua',
    tass: 'TASS',
    interfax: 'Interfax',
    ukrinform: 'Ukrinform',
    pap: 'PAP',
    kyodo: 'Kyodo',
    yonhap: 'Yonhap',
    pti: 'PTI',
    ians: 'IANS',
    ani: 'ANI',
    upi: 'UPI',
    anadolu: 'Anadolu',
    'anadolu agency': 'Anadolu',
    'press association': 'PA',
    'pa media': 'PA',
    'canadian press': 'The Canadian Press',
    'the canadian press': 'The Canadian Press',
    aap: 'AAP',
    'australian associated press': 'AAP',
    agerpres: 'Agerpres',
    menafn: 'MENAFN',
    'cnn wire': 'CNN',
  }),
);

/** Words that look like a name after "reports" but are not an outlet. */
export const NOT_OUTLETS: ReadonlySet<string> = new Set(
  'he she they it we i you this that who which officials police sources media witnesses the a an one someone'.split(
    ' ',
  ),
);

export function canonicalOutlet(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return WIRE_SERVICES.get(trimmed.toLowerCase()) ?? trimmed;
}
