/**
 * Demo instances: which workflow, on which stand-in record (a service, by code: see types.ts), started by
 * whom, and the transitions taken since (each by a demo user, through the engine, so history and audit are
 * real). 'minutes' has none: its record type does not exist yet.
 */
export interface SeedInstance {
  workflow: string;
  serviceCode: string;
  startedBy: string;
  moves: { transition: string; by: string; comment?: string }[];
}

export const demoInstances: SeedInstance[] = [
  { workflow: 'segretariato', serviceCode: 'segretariato-sociale', startedBy: 'op.bussero', moves: [{ transition: 'analyse', by: 'op.bussero' }] },
  {
    workflow: 'segretariato',
    serviceCode: 'mediazione-linguistico-culturale',
    startedBy: 'op.carugate',
    moves: [
      { transition: 'analyse', by: 'op.carugate' },
      { transition: 'close', by: 'op.carugate', comment: 'Informazioni date sui corsi di italiano / Information given on Italian courses' },
    ],
  },
  {
    workflow: 'housing',
    serviceCode: 'rete-housing-distrettuale',
    startedBy: 'op.bussero',
    moves: [{ transition: 'assess', by: 'udp' }],
  },
  { workflow: 'housing', serviceCode: 'condominio-solidale', startedBy: 'op.carugate', moves: [] },
  { workflow: 'sail', serviceCode: 'sail', startedBy: 'op.bussero', moves: [{ transition: 'orient', by: 'ente.demo' }] },
  { workflow: 'sail', serviceCode: 'progettare-gli-equilibri', startedBy: 'op.carugate', moves: [] },
  {
    workflow: 'voucher',
    serviceCode: 'sad-sadh-adh',
    startedBy: 'op.bussero',
    moves: [
      { transition: 'assess', by: 'op.bussero' },
      { transition: 'choose-provider', by: 'op.bussero', comment: "Scelto l'ente accreditato / Accredited provider chosen" },
    ],
  },
  { workflow: 'voucher', serviceCode: 'trasporto-sociale', startedBy: 'op.carugate', moves: [{ transition: 'assess', by: 'op.carugate' }] },
];
