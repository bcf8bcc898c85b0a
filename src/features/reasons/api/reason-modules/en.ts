import type { ReasonModule, ReasonModules } from './types';

// The English reason files, each its own chunk; this map is the only thing a page loads up front.
const modules: ReasonModules = import.meta.glob<ReasonModule>('/content/reasons/*.mdx');
export default modules;
