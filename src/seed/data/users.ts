import type { SeedUser } from '../types';

/** Demo accounts, one per role. Passwords are not part of the seed data. */
export const users: SeedUser[] = [
  { username: 'udp', email: 'udp@ambito.example.org', role: 'udp' },
  { username: 'op.bussero', email: 'op.bussero@ambito.example.org', role: 'operator', municipalities: ['015040'] },
  { username: 'op.carugate', email: 'op.carugate@ambito.example.org', role: 'operator', municipalities: ['015051'] },
  // Staff of the first home-care provider (Cooperativa Sociale Esempio Assistenza 1, providers.ts).
  { username: 'ente.demo', email: 'ente.demo@ambito.example.org', role: 'provider', providerVat: '90000010000' },
  { username: 'tavolo.demo', email: 'tavolo.demo@ambito.example.org', role: 'table-member' },
];
