import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { PROJECT_ROOT } from './config';
import { ErrorCode } from './errors/codes';

const EXPLORER_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');

/**
 * The explorer page, bundled by scripts/build-explorer.mjs (part of `npm run build`). The page
 * is served at /explorer with or without a slash so shared links keep their query string.
 */
export function explorerRoutes(): Router {
  const router = Router();
  const index = path.join(EXPLORER_DIR, 'index.html');
  router.get(['/explorer', '/explorer/'], (_req, res) => {
    if (!fs.existsSync(index)) {
      res.status(503).json({
        error: {
          code: ErrorCode.ExplorerNotBuilt,
          message: 'The explorer is not built yet: run `npm run build` (npm start does it).',
        },
      });
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  router.use('/explorer', express.static(EXPLORER_DIR, { index: false, maxAge: '5m' }));
  router.get('/', (_req, res) => res.redirect('/explorer'));
  return router;
}
