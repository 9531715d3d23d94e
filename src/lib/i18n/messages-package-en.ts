/** English messages of evaluator packages and grades files; same keys as `jaPackage`. */
import type { jaPackage } from './messages-package';

export const enPackage: Record<keyof typeof jaPackage, string> = {};
