import path from 'node:path';
import express from 'express';

/** The page's HTML and stylesheet, served from the source tree, and its scripts, compiled by `npm run build` (src/review/client/tsconfig.json). */
const PAGE_DIR = path.join(__dirname, '../../../src/review/client');
const SCRIPT_DIR = path.join(__dirname, '../../review');

/** Only the page's own scripts and styles, calls to this gateway, and data: images; nothing inline, nothing from elsewhere. */
export const REVIEW_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The review page at /review: a static page that calls /graphql with the token its user pastes. */
export function reviewPageRoutes(): express.Router {
  const router = express.Router();
  router.use('/review', (_req, res, next) => {
    res.set({
      'content-security-policy': REVIEW_PAGE_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    next();
  });
  router.get('/review', (_req, res) => res.type('html').sendFile(path.join(PAGE_DIR, 'index.html')));
  router.get('/review/review.css', (_req, res) => res.type('css').sendFile(path.join(PAGE_DIR, 'review.css')));
  // Scripts only: source maps (written for development) would hand out the client's source tree.
  router.use('/review', (req, res, next) => (req.path.endsWith('.map') ? res.status(404).end() : next()));
  router.use('/review', express.static(SCRIPT_DIR, { index: false, dotfiles: 'ignore', redirect: false }));
  return router;
}
