import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import { Router } from 'express';
import { PROJECT_ROOT } from '../config';
import { buildGrass } from './grass';
import { BROWSER_ASSET_PATHS } from './settings';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const GUIDE_FILE = path.join(PROJECT_ROOT, 'neo4j-browser', 'guide.html');

/**
 * Neo4j Browser fetches these cross-origin (from :7474), so they carry CORS headers. The style
 * is generated from the shared palette; the guide is read per request so edits show on reload.
 * Its links use the configured public URL, never the request's Host header, which anyone can set
 * (and which would otherwise be written into HTML unescaped).
 */
export function neo4jBrowserRoutes(publicUrl: string): Router {
  const router = Router();
  const grass = buildGrass();
  const serviceUrl = escapeHtml(publicUrl.replace(/\/$/, ''));
  // Browser sends no-cache headers with guide requests, which makes them preflighted.
  router.options(Object.values(BROWSER_ASSET_PATHS), cors());
  router.get(BROWSER_ASSET_PATHS.style, cors(), (_req, res) => {
    res.type('text/plain; charset=utf-8').send(grass);
  });
  router.get(BROWSER_ASSET_PATHS.guide, cors(), (_req, res, next) => {
    fs.readFile(GUIDE_FILE, 'utf8', (error, html) => {
      if (error) return next(error);
      res.type('html').send(html.replaceAll('{{SERVICE_URL}}', serviceUrl));
    });
  });
  return router;
}
