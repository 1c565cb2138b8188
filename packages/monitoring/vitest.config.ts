import { packageProject } from '../../vitest.project.base.js';

export default packageProject('monitoring');
