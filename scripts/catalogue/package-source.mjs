// The registry packages the catalogue is generated from, installed on demand.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The pinned versions. They are not devDependencies: the Terraform package
 * alone is ~390 MB installed, and nothing but this script reads them (the
 * generated lists are committed), so `npm ci` stays light.
 */
export const VERSIONS = {
  '@aws-cdk/aws-service-spec': '0.1.216',
  '@cdktf/provider-aws': '21.22.1'
}

/** Where they are installed: `.cache/catalogue`, ignored by git, like the Node 24 of scripts/node24.sh. */
export function cacheDir(root) {
  return join(root, '.cache', 'catalogue')
}

/**
 * The package's folder and version, installing the pinned version from the
 * npm registry into the cache on first use (or when the pin changed).
 */
export function packageSource(root, name) {
  const version = VERSIONS[name]
  if (version === undefined)
    throw new Error(`no pinned version for ${name} in scripts/catalogue/package-source.mjs`)
  const prefix = cacheDir(root)
  const dir = join(prefix, 'node_modules', ...name.split('/'))
  const manifest = join(dir, 'package.json')
  const installed = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined
  if (installed !== version) {
    mkdirSync(prefix, { recursive: true })
    process.stderr.write(`installing ${name}@${version} into ${prefix} (first run only)\n`)
    execFileSync(
      'npm',
      [
        'install',
        '--silent',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--legacy-peer-deps',
        '--prefix',
        prefix,
        `${name}@${version}`
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
  }
  return { name, version, dir }
}
