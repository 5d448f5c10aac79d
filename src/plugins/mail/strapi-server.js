'use strict';
// The plugin is TypeScript compiled with the app (tsconfig includes src/plugins): Strapi loads it from dist/.
module.exports = require('../../../dist/src/plugins/mail/server').default;
