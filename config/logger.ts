import { winston, formats } from '@strapi/logger';

// LOG_LEVEL (error | warn | info | http | debug) lets tests and CI keep their output readable.
export default {
  level: process.env.LOG_LEVEL || 'http',
  format: formats.prettyPrint(),
  transports: [new winston.transports.Console()],
};
