import { packageProject } from '../../vitest.project.base.js';

export default packageProject('adoption');
