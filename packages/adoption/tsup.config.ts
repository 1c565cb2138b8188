import config from '../../tsup.config.base.js';

export default config;
