// Once per `jest` run, after every file: remove this run's demo template (tests/helpers/demo-template.js).
module.exports = async () => {
  require('./env');
  await require('../helpers/demo-template').removeTemplate();
};
