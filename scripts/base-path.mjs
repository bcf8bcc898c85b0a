/** Where the portal lives on its host, e.g. BASE_PATH=/help/realname/ npm run build. Ends in "/". */
export function basePath(value = process.env.BASE_PATH ?? '/') {
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
