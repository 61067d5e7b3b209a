// Jest's global setup: the tests run the command line as people do, through its bundle, so it is built from the
// sources under test first (it takes about a second).
const { buildCli } = require("../../scripts/build-cli.js");

module.exports = async () => {
  await buildCli();
};
