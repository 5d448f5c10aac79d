export { municipalities } from './municipalities';
export { areas } from './areas';
export { fundingSources } from './funding-sources';
export { measures } from './measures';
export { providers } from './providers';
export { services } from './services';
export { accreditations } from './accreditations';
export { users } from './users';
