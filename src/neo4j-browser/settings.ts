/** Where the service serves Neo4j Browser's stylesheet and guide (see routes.ts). */
export const BROWSER_ASSET_PATHS = {
  style: '/neo4j-browser/style.grass',
  guide: '/neo4j-browser/guide.html',
} as const;

/** The first picture Browser draws after connecting: pembrolizumab's mechanism, two hops out. */
export const FIRST_VIEW_CYPHER =
  "MATCH p = (:Therapy {id: 'pembrolizumab'})-[:INHIBITS|ACTIVATES|MEMBER_OF]->()-[:SUPPRESSES|EXPRESSED_ON|SUBCLASS_OF]-() RETURN p";

/**
 * neo4j.conf lines that make Browser ready on connect: apply the project's style, open its guide
 * in the sidebar and draw a first styled view. Browser only fetches remote content from
 * allow-listed host names, so the service's host is listed.
 */
export function browserSettings(serviceUrl: string): Record<string, string> {
  const url = new URL(serviceUrl);
  const base = url.origin;
  const commands = [`style ${base}${BROWSER_ASSET_PATHS.style}`, `guide ${base}${BROWSER_ASSET_PATHS.guide}`, `auto ${FIRST_VIEW_CYPHER}`];
  const hosts = new Set(['localhost', '127.0.0.1', url.hostname]);
  return {
    'browser.post_connect_cmd': commands.join('; '),
    'browser.remote_content_hostname_whitelist': [...hosts].join(','),
  };
}
