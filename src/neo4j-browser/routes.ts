import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import { Router, type Request } from 'express';
import { PROJECT_ROOT } from '../config';
import { buildGrass } from './grass';
import { BROWSER_ASSET_PATHS } from './settings';

const GUIDE_FILE = path.join(PROJECT_ROOT, 'neo4j-browser', 'guide.html');

/** The address the request reached us at: the guide's links then work behind any host or port. */
const serviceUrlOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * Neo4j Browser fetches these cross-origin (from :7474), so they carry CORS headers. The style
 * is generated from the shared palette; the guide is read per request so edits show on reload.
 */
export function neo4jBrowserRoutes(): Router {
  const router = Router();
  const grass = buildGrass();
  // Browser sends no-cache headers with guide requests, which makes them preflighted.
  router.options(Object.values(BROWSER_ASSET_PATHS), cors());
  router.get(BROWSER_ASSET_PATHS.style, cors(), (_req, res) => {
    res.type('text/plain; charset=utf-8').send(grass);
  });
  router.get(BROWSER_ASSET_PATHS.guide, cors(), (req, res, next) => {
    fs.readFile(GUIDE_FILE, 'utf8', (error, html) => {
      if (error) return next(error);
      res.type('html').send(html.replaceAll('{{SERVICE_URL}}', serviceUrlOf(req)));
    });
  });
  return router;
}
