import { municipalities } from '../data/municipalities';
import type { SeedMember } from './types';

/** Builders of the demo members: the same kinds of seat recur in many bodies. People are placeholders. */
const UDP = 'Ufficio di Piano – Distretto 4';
const ATS = 'ATS Città Metropolitana di Milano';
const ASST = 'ASST Melegnano e Martesana';
export const FROM = '2026-01-01';
export const comune = (istat: string) => municipalities.find((m) => m.istatCode === istat)?.name ?? istat;
export const [CERNUSCO, GORGONZOLA, GESSATE, BUSSERO, CARUGATE] = ['015070', '015108', '015106', '015040', '015051'];

export const secretary = (body: string): SeedMember => ({
  body,
  name: 'Segreteria UdP (account udp)',
  seat: 'udp',
  role: 'secretary',
  organisation: UDP,
  username: 'udp',
});
export const udpHead = (body: string): SeedMember => ({
  body,
  name: "Responsabile dell'Ufficio di Piano (segnaposto)",
  seat: 'udp',
  organisation: UDP,
});
export const ats = (body: string): SeedMember => ({ body, name: 'Referente ATS (segnaposto)', seat: 'ats', organisation: ATS });
export const asst = (body: string): SeedMember => ({
  body,
  name: 'Referente ASST (segnaposto)',
  seat: 'asst',
  organisation: ASST,
});
export const official = (body: string, istat: string): SeedMember => {
  const demo = istat === BUSSERO ? 'op.bussero' : istat === CARUGATE ? 'op.carugate' : undefined;
  return {
    body,
    name: demo
      ? `Assistente sociale di ${comune(istat)} (account ${demo})`
      : `Funzionario servizi sociali di ${comune(istat)} (segnaposto)`,
    seat: 'municipal-official',
    organisation: `Comune di ${comune(istat)}`,
    municipality: istat,
    username: demo,
  };
};
export const thirdSector = (
  body: string,
  name: string,
  providerVat: string,
  organisation: string,
  extra: Partial<SeedMember> = {}
): SeedMember => ({
  body,
  name,
  seat: 'third-sector',
  organisation,
  providerVat,
  ...extra,
});
export const providerReferent = (body: string, vat: string, organisation: string, username?: string): SeedMember => ({
  body,
  name: username
    ? `Referente ${organisation.replace(/ \(dati di esempio\)$/, '')} (account ${username})`
    : `Referente ${organisation.replace(/ \(dati di esempio\)$/, '')} (segnaposto)`,
  seat: 'provider',
  organisation,
  providerVat: vat,
  username,
});

export const TAVOLO_DEMO = 'Delegata Terzo Settore (account tavolo.demo)';
export const ACCOGLIENZA = 'Cooperativa Sociale Esempio Accoglienza (dati di esempio)';

export function areaTable(body: string, istat: string, assemblea: string, third: SeedMember[]): SeedMember[] {
  return [
    secretary(body),
    official(body, istat),
    { body, name: "Operatore dell'Ufficio di Piano (segnaposto)", seat: 'udp', organisation: UDP },
    {
      body,
      name: `Rappresentante dell'Assemblea – Sindaco di ${comune(assemblea)} (segnaposto)`,
      seat: 'assemblea-representative',
      organisation: `Comune di ${comune(assemblea)}`,
      municipality: assemblea,
    },
    ...third,
    ats(body),
    asst(body),
  ];
}

/** Two third-sector delegates for each tavolo d'area, chosen by the third sector. */
export function delegates(body: string): SeedMember[] {
  return [
    thirdSector(
      body,
      'Delegato Terzo Settore – benessere familiare 1 (segnaposto)',
      '90000140005',
      'Cooperativa Sociale Esempio Famiglie Zona 1 (dati di esempio)',
      { delegateFor: 'tavolo-area-benessere-familiare' }
    ),
    thirdSector(
      body,
      'Delegato Terzo Settore – benessere familiare 2 (segnaposto)',
      '90000230004',
      'Associazione Esempio Centro Antiviolenza (dati di esempio)',
      { delegateFor: 'tavolo-area-benessere-familiare' }
    ),
    thirdSector(
      body,
      'Delegato Terzo Settore – autonomie 1 (segnaposto)',
      '90000250002',
      'Cooperativa Sociale Esempio Centro Diurno 1 (dati di esempio)',
      { delegateFor: 'tavolo-area-autonomie' }
    ),
    thirdSector(
      body,
      'Delegato Terzo Settore – autonomie 2 (segnaposto)',
      '90000120007',
      'Associazione Esempio Volontari del Trasporto (dati di esempio)',
      { delegateFor: 'tavolo-area-autonomie' }
    ),
    thirdSector(body, TAVOLO_DEMO, '90000220005', ACCOGLIENZA, {
      delegateFor: 'tavolo-area-contrasto-poverta',
      username: 'tavolo.demo',
    }),
    thirdSector(
      body,
      'Delegato Terzo Settore – contrasto alla povertà 2 (segnaposto)',
      '90000170002',
      'Cooperativa Sociale Esempio Lavoro e Inclusione (dati di esempio)',
      { delegateFor: 'tavolo-area-contrasto-poverta' }
    ),
  ];
}

export const SAD_PROVIDERS: [string, string][] = [
  ['90000010000', 'Cooperativa Sociale Esempio Assistenza 1 (dati di esempio)'],
  ['90000020009', 'Cooperativa Sociale Esempio Assistenza 2 (dati di esempio)'],
  ['90000030008', 'Cooperativa Sociale Esempio Assistenza 3 (dati di esempio)'],
  ['90000040007', 'Cooperativa Sociale Esempio Assistenza 4 (dati di esempio)'],
  ['90000050006', 'Cooperativa Sociale Esempio Assistenza 5 (dati di esempio)'],
  ['90000060005', 'Cooperativa Sociale Esempio Assistenza 6 (dati di esempio)'],
  ['90000070004', 'Consorzio Esempio Domiciliarità (dati di esempio)'],
  ['90000080003', 'Esempio Cura a Domicilio S.r.l. (dati di esempio)'],
  ['90000090002', 'Esempio Servizi Assistenziali S.r.l. (dati di esempio)'],
  ['90000250002', 'Cooperativa Sociale Esempio Centro Diurno 1 (dati di esempio)'],
  ['90000260001', 'Cooperativa Sociale Esempio Centro Diurno 2 (dati di esempio)'],
  ['90000270000', 'Fondazione Esempio Disabilità e Lavoro (dati di esempio)'],
];

export function gps(body: string, istat: string, providers: [string, string][]): SeedMember[] {
  return [
    secretary(body),
    udpHead(body),
    official(body, istat),
    ...providers.map(([vat, organisation]) =>
      providerReferent(body, vat, organisation, vat === '90000010000' ? 'ente.demo' : undefined)
    ),
  ];
}
