import config from '../../tsup.config.base.js';

// Two entries: the package, and `@vikno/monitoring/xlsx`, apart so that only an app that writes workbooks bundles
// the XLSX writer.
export default { ...config, entry: ['src/index.ts', 'src/xlsx.ts'] };
