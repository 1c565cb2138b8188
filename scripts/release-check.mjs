// The release, rehearsed on a copy of the repository so the working tree is never touched:
// `pnpm changeset version` consumes the pending changesets, then each public package is built and packed as
// `pnpm publish` would pack it, and the tarball itself is checked: package.json, README.md, LICENSE, CHANGELOG.md
// and dist/ packed; a real version, a changelog entry for it in the packed CHANGELOG.md, repository, homepage and
// bugs, no `workspace:` ranges left and no outside dependency pinned to one version, no export condition of ours
// left bare (`source`, where it must be `@vikno/source`), the files its exports name,
// and a README with install, an example, the docs link and no relative link.
// Ends with `pnpm -r publish --dry-run`, which must list every public package.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(join(tmpdir(), 'vikno-release-'));
const problems = [];

/** The file paths an `exports` map points at (its string leaves). */
function leaves(exports) {
  return typeof exports === 'string' ? [exports] : Object.values(exports).flatMap(leaves);
}

/** The conditions an `exports` map names (its keys that are not subpaths). */
function conditions(exports) {
  if (typeof exports === 'string' || exports === null) return [];
  return Object.entries(exports).flatMap(([key, target]) => [
    ...(key.startsWith('.') ? [] : [key]),
    ...conditions(target),
  ]);
}

/**
 * The conditions bundlers and Node set for everyone. Any other condition must be namespaced (`@vikno/source`): a
 * bare one such as `source` is also set by a consumer's bundler for its own monorepo, and would load our src.
 */
const COMMON_CONDITIONS = new Set([
  'types',
  'import',
  'require',
  'module-sync',
  'node',
  'browser',
  'default',
]);

function run(command, args, cwd = work) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (process.env.RELEASE_CHECK_TIMES)
    console.log(`${Math.round(performance.now() - started)} ms: ${command} ${args.join(' ')}`);
  return result.stdout;
}

try {
  // The files git knows (tracked, and new ones not ignored): what a commit of this tree would release.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) cpSync(join(root, file), join(work, file), { recursive: true });

  run('pnpm', ['install', '--frozen-lockfile', '--offline', '--reporter=silent']);
  const pending = readdirSync(join(work, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  if (pending.length === 0) problems.push('no pending changesets: nothing would be released');
  run('pnpm', ['changeset', 'version']);
  const left = readdirSync(join(work, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  if (left.length > 0) problems.push(`changesets not consumed: ${left.join(', ')}`);
  // `--reuse-build` (the root `check` script, right after its build) copies each package's fresh `dist/`
  // instead of building again; a version bump does not change what tsup emits.
  if (process.argv.includes('--reuse-build')) {
    for (const name of readdirSync(join(root, 'packages'))) {
      const dist = join(root, 'packages', name, 'dist');
      if (!existsSync(dist)) throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
      cpSync(dist, join(work, 'packages', name, 'dist'), { recursive: true });
    }
  } else {
    run('pnpm', ['-r', '--filter', './packages/*', 'run', 'build']);
  }

  const packages = readdirSync(join(work, 'packages'))
    .map((name) => join(work, 'packages', name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);

  for (const { dir, manifest } of packages) {
    const name = manifest.name;
    if (manifest.version === '0.0.0') problems.push(`${name}: still at 0.0.0 after changeset version`);

    const packed = join(work, '.packed', name.replace('/', '-'));
    run('pnpm', ['pack', '--pack-destination', packed], dir);
    const tarball = readdirSync(packed).find((file) => file.endsWith('.tgz'));
    // What a user downloads is the tarball, not the repository: its listing is checked, then its files read.
    const listed = new Set(
      run('tar', ['-tzf', join(packed, tarball)])
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.replace(/^package\//, '').replace(/\/$/, '')),
    );
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      if (!listed.has(file)) problems.push(`${name}: the tarball lacks ${file}`);
    }
    if (![...listed].some((entry) => entry.startsWith('dist/')))
      problems.push(`${name}: the tarball lacks dist/`);
    run('tar', ['-xzf', join(packed, tarball), '-C', packed]);
    const shipped = JSON.parse(readFileSync(join(packed, 'package', 'package.json'), 'utf8'));
    const changelog = listed.has('CHANGELOG.md')
      ? readFileSync(join(packed, 'package', 'CHANGELOG.md'), 'utf8')
      : '';
    if (!changelog.includes(`## ${manifest.version}`))
      problems.push(`${name}: the packed CHANGELOG.md has no ${manifest.version}`);
    if (shipped.version !== manifest.version)
      problems.push(`${name}: the packed package.json says ${shipped.version}, not ${manifest.version}`);
    for (const field of ['repository', 'homepage', 'bugs', 'license']) {
      if (!shipped[field]) problems.push(`${name}: the packed package.json lacks ${field}`);
    }
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dependency, range] of Object.entries(shipped[field] ?? {})) {
        if (String(range).startsWith('workspace:'))
          problems.push(`${name}: ${field}.${dependency} is ${range}`);
        // A pin outside the workspace forces a second copy into every application that has another version.
        if (!dependency.startsWith('@vikno/') && /^\d/.test(String(range)))
          problems.push(`${name}: ${field}.${dependency} is pinned to ${range}, not a range`);
      }
    }
    for (const condition of new Set(conditions(shipped.exports ?? {}))) {
      if (!COMMON_CONDITIONS.has(condition) && !condition.startsWith('@vikno/'))
        problems.push(`${name}: its exports use the condition ${condition}, not namespaced as @vikno/…`);
    }
    const targets = [...leaves(shipped.exports ?? {}), ...Object.values(shipped.bin ?? {})];
    for (const target of targets) {
      if (!existsSync(join(packed, 'package', target))) problems.push(`${name}: the tarball lacks ${target}`);
    }
    const readme = existsSync(join(packed, 'package', 'README.md'))
      ? readFileSync(join(packed, 'package', 'README.md'), 'utf8')
      : '';
    if (!readme.includes(`npm install ${name}`) && !readme.includes(`npm install -g ${name}`)) {
      problems.push(`${name}: README.md lacks the install command`);
    }
    if (!/```(ts|sh)\n/.test(readme)) problems.push(`${name}: README.md lacks an example`);
    if (!readme.includes('## Documentation'))
      problems.push(`${name}: README.md lacks its Documentation section`);
    // npmjs.com shows the README away from the repository: a relative link there leads nowhere.
    for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (!/^(https?:|mailto:|#)/.test(target))
        problems.push(`${name}: README.md links to ${target}, a relative path`);
    }
  }

  const dryRun = run('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks', '--reporter=append-only']);
  for (const { manifest } of packages) {
    if (!dryRun.includes(`${manifest.name}@${manifest.version}`)) {
      problems.push(`${manifest.name}@${manifest.version}: not in pnpm publish --dry-run`);
    }
  }

  if (problems.length > 0) {
    console.error(
      `Release check failed / Перевірка випуску не пройшла:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    const released = packages.map(({ manifest }) => `${manifest.name}@${manifest.version}`).join(', ');
    console.log(`Release check: ${released} would be published.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
