/**
 * Draws the web console's app icons (apps/console/public/icons/*.png, committed) with the
 * browser the console tests use: a red square with 共建 in white, as "any" (rounded) and
 * "maskable" (full bleed, the words inside the central safe zone). Run by hand after a change:
 * `node scripts/console-icons.js`.
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const root = join(__dirname, '..');
const out = join(root, 'apps/console/public/icons');
const RED = '#c0392b';

/** The icon at `size` px: `maskable` fills the square and keeps the words within its middle 60 %. */
function svg(size, maskable) {
  const radius = maskable ? 0 : size * 0.18;
  const font = size * (maskable ? 0.26 : 0.34);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="${RED}"/>
  <text x="50%" y="50%" dy="0.35em" text-anchor="middle" fill="#fff" font-size="${font}"
    font-family="Noto Sans CJK SC, sans-serif" font-weight="700">共建</text>
</svg>`;
}

async function main() {
  const executablePath = execFileSync(join(root, 'deploy/ci/chromium.sh'), { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  for (const [name, size, maskable] of [
    ['icon-192.png', 192, false],
    ['icon-512.png', 512, false],
    ['icon-maskable-512.png', 512, true],
    ['apple-touch-icon.png', 180, true],
  ]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0;background:transparent">${svg(size, maskable)}</body>`);
    await page.screenshot({
      path: join(out, name),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
