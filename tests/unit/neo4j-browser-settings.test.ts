import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';
import { buildGrass } from '../../src/neo4j-browser/grass';
import { browserSettings } from '../../src/neo4j-browser/settings';
import { neo4jBrowserLink, neo4jConf } from '../../src/neo4j-local/server';

const LOCAL = {
  homeDir: '/tmp/neo4j-home',
  boltPort: 7687,
  httpPort: 7474,
  auth: 'none' as const,
  password: 'irrelevant',
  heapSize: '1g',
  pageCacheSize: '256m',
  serviceUrl: 'http://localhost:4000',
};
const ASSEMBLY = { pluginsDir: '/tmp/plugins', libDir: '/tmp/lib' };

/** GraSS is CSS-like: selector { prop: value; … }, where a caption may hold a {property}. */
function grassRules(grass: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  for (const [, selector, body] of grass.matchAll(/([\w.]+)\s*\{((?:[^{}]|\{\w+\})*)\}/g)) {
    const props = Object.fromEntries(
      body!
        .split(';')
        .map((d) => d.split(':').map((p) => p.trim()))
        .filter((d) => d.length === 2 && d[0]),
    );
    rules.set(selector!, props);
  }
  return rules;
}

describe('Neo4j Browser style and settings', () => {
  const rules = grassRules(buildGrass());

  it('gives every node label a colour and a caption', () => {
    for (const label of [...ENTITY_KINDS, 'Source']) {
      expect(rules.get(`node.${label}`)).toEqual(
        expect.objectContaining({
          color: expect.stringMatching(/^#[0-9A-F]{6}$/),
          caption: expect.stringMatching(/^"\{\w+\}"$/),
        }),
      );
    }
    const colours = ENTITY_KINDS.map((kind) => rules.get(`node.${kind}`)!.color);
    expect(new Set(colours).size).toBe(ENTITY_KINDS.length);
  });

  it('never styles the shared Entity label, which would paint every kind alike', () => {
    expect(rules.has('node.Entity')).toBe(false);
  });

  it('captions relationships with their type and colours every type', () => {
    expect(rules.get('relationship')).toMatchObject({ caption: '"<type>"' });
    for (const type of RELATION_TYPE_NAMES) expect(rules.get(`relationship.${type}`)?.color).toMatch(/^#/);
  });

  it('points Browser at the service for its style and guide, and allow-lists the host', () => {
    const settings = browserSettings('http://graph.example.org:8080/');
    const commands = settings['browser.post_connect_cmd']!.split('; ');
    expect(commands[0]).toBe('style http://graph.example.org:8080/neo4j-browser/style.grass');
    expect(commands[1]).toBe('guide http://graph.example.org:8080/neo4j-browser/guide.html');
    expect(commands[2]).toMatch(/^auto MATCH /);
    expect(settings['browser.remote_content_hostname_whitelist']!.split(',')).toEqual(
      expect.arrayContaining(['localhost', 'graph.example.org']),
    );
  });

  it('writes the Browser settings and the auth mode into neo4j.conf', () => {
    const conf = neo4jConf(LOCAL, ASSEMBLY);
    expect(conf).toContain('dbms.security.auth_enabled=false');
    expect(conf).toContain('browser.post_connect_cmd=style http://localhost:4000/neo4j-browser/style.grass; guide ');
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    const withPassword = neo4jConf({ ...LOCAL, auth: 'password', serviceUrl: null }, ASSEMBLY);
    expect(withPassword).toContain('dbms.security.auth_enabled=true');
    expect(withPassword).not.toContain('browser.post_connect_cmd');
  });

  it('links to Browser so that it connects by itself when auth is off', () => {
    expect(neo4jBrowserLink(LOCAL)).toBe(
      'http://localhost:7474/browser/?dbms=neo4j%3A%2F%2Flocalhost%3A7687&preselectAuthMethod=NO_AUTH',
    );
    expect(neo4jBrowserLink({ ...LOCAL, auth: 'password' })).not.toContain('NO_AUTH');
  });
});
