#!/usr/bin/env node
/**
 * `npm start`: build when the compiled platform is missing or older than the sources, then run
 * the embedded platform in this process (so SIGINT/SIGTERM reach it directly).
 */
require('./ensure-native');
const { ensureBuilt } = require('./ensure-built');

require(ensureBuilt());
