import type { ReasonModule, ReasonModules } from './types';

// The Chinese reason files, each its own chunk; this map is the only thing a page loads up front.
const modules: ReasonModules = import.meta.glob<ReasonModule>('/content/reasons/zh/*.mdx');
export default modules;
