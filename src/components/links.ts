// Site-relative links for components: every href and src goes through u(), so `base` is always respected.
import { withBase } from '../lib/url.ts';

export const u = (path: string): string => withBase(import.meta.env.BASE_URL, path);
