// Single-page app: nothing renders on a server; each route is prerendered as an empty shell.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
