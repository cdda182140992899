export const USAGE = `Usage: demarc scan [options] [path…]
       demarc merge [options] <report.json>…

Reviews infrastructure-as-code against the AWS shared responsibility model.

  demarc scan --base <ref> [--head <ref>]   what changed between two commits, as a pull request
                                            sees it (from their merge base; head defaults to HEAD)
  demarc scan [path…]                       every file under the paths (default: .); all findings
                                            are existing
  demarc merge <report.json>…               one report from the JSON reports of shards of one scan
                                            (the same commits, different --include globs): entries
                                            two shards share kept once, the gate decided again

Options:
  --repo <dir>             repository or root folder (default: the current folder)
  --format <fmt>           terminal | markdown | json | sarif (default: terminal)
  --output <file>          write the report to a file instead of standard output
  --config <file>          configuration file (default: <repo>/.github/demarc.yml, if it is there)
  --fail-on <severity>     critical | high | medium | low | info | never (default: the configuration's
                           gate.fail-on, else high)
  --fail-on-owner <list>   owners whose new findings gate, comma-separated (default: the
                           configuration's gate.fail-on-owner, else customer,shared)
  --include <glob>         scan only files matching the glob (repeatable; ** crosses folders);
                           replaces the configuration's paths.include
  --exclude <glob>         leave out files matching the glob (repeatable); adds to paths.exclude
  --plan <file>            a Terraform plan as JSON (terraform show -json <planfile>): its values and
                           actions replace the source's for the resources it covers
  --color / --no-color     force colour on or off (default: on for a terminal)
  --version, --help

demarc merge takes --format, --output, --config (its gate; default ./.github/demarc.yml, if it is
there), --fail-on, --fail-on-owner and --color.

Exit codes: 0 nothing gates, 1 a new finding reaches --fail-on, 2 usage or configuration error.
`
