import { describe, expect, test } from '@jest/globals'
import { inlineSuppressions } from '../../src/suppress/index.js'
import { scanTexts } from '../helpers/scan-texts.js'

describe('inlineSuppressions', () => {
  test('reads the marker after every comment style, with one or more rule ids and a reason', () => {
    const text = [
      '# demarc:ignore s3-bucket-versioning-disabled logs are rebuilt from the source each night',
      'resource "aws_s3_bucket" "logs" {',
      '  // demarc:ignore s3-bucket-public-acl,s3-bucket-not-kms-encrypted public website assets',
      '  /* demarc:ignore kms-key-rotation-disabled key is imported */',
      '}'
    ].join('\n')
    const { suppressions, errors } = inlineSuppressions('main.tf', text)
    expect(errors).toEqual([])
    expect(suppressions).toEqual([
      {
        file: 'main.tf',
        line: 1,
        target: 2,
        ruleIds: ['s3-bucket-versioning-disabled'],
        reason: 'logs are rebuilt from the source each night'
      },
      {
        file: 'main.tf',
        line: 3,
        target: 5,
        ruleIds: ['s3-bucket-public-acl', 's3-bucket-not-kms-encrypted'],
        reason: 'public website assets'
      },
      {
        file: 'main.tf',
        line: 4,
        target: 5,
        ruleIds: ['kms-key-rotation-disabled'],
        reason: 'key is imported'
      }
    ])
  })

  test('a suppression without a reason or a rule id is an error and suppresses nothing', () => {
    const { suppressions, errors } = inlineSuppressions(
      'deploy.yaml',
      'a: 1 # demarc:ignore k8s-container-privileged\n# demarc:ignore\n'
    )
    expect(suppressions).toEqual([])
    expect(errors).toEqual([
      {
        file: 'deploy.yaml',
        line: 1,
        message:
          'demarc:ignore k8s-container-privileged has no reason, so it is not applied: say why, `demarc:ignore k8s-container-privileged <reason>`'
      },
      {
        file: 'deploy.yaml',
        line: 2,
        message: 'demarc:ignore needs a rule id and a reason: `demarc:ignore <rule-id> <reason>`'
      }
    ])
  })

  test('the marker inside a value, not after a comment opener, does not count', () => {
    expect(inlineSuppressions('a.env', 'URL=https://example.com/a#demarc:ignore x y\n').suppressions).toEqual(
      []
    )
  })
})

const SSH = (comment: string) => `${comment}
resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

describe('suppressions in a scan', () => {
  test('a suppressed finding stays in the report with its reason, and does not gate', async () => {
    const head = {
      'main.tf': SSH(
        '# demarc:ignore vpc-security-group-ssh-open the bastion is reached only from the VPN range'
      )
    }
    const report = await scanTexts({}, head)
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'vpc-security-group-ssh-open',
        status: 'new',
        suppressed: true,
        suppression: {
          source: 'inline',
          reason: 'the bastion is reached only from the VPN range',
          file: 'main.tf',
          line: 1
        }
      })
    ])
    expect(report.gate.conclusion).toBe('success')
  })

  test('without a reason the finding is not suppressed and the comment is reported', async () => {
    const report = await scanTexts({}, { 'main.tf': SSH('# demarc:ignore vpc-security-group-ssh-open') })
    expect(report.findings.map(f => f.suppressed)).toEqual([false])
    expect(report.errors).toEqual([expect.objectContaining({ file: 'main.tf', line: 1 })])
    expect(report.gate.conclusion).toBe('failure')
  })

  test('a suppression of another rule, or of an unknown one, suppresses nothing', async () => {
    const report = await scanTexts({}, { 'main.tf': SSH('# demarc:ignore vpc-security-grup-ssh-open typo') })
    expect(report.findings.map(f => f.suppressed)).toEqual([false])
    expect(report.errors).toEqual([
      {
        file: 'main.tf',
        line: 1,
        message: "demarc:ignore names an unknown rule 'vpc-security-grup-ssh-open'"
      }
    ])
  })

  test('works in YAML, Dockerfile and .env files: inside the resource or on the line above', async () => {
    const head = {
      'deploy/api.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        # demarc:ignore k8s-container-privileged node debugging pod, deleted after use
        privileged: true
`,
      Dockerfile: `FROM node:22.12.0-bookworm-slim@sha256:${'a'.repeat(64)}
# demarc:ignore docker-runs-as-root the entrypoint drops to uid 1000 after binding port 80
CMD ["node", "server.js"]
`,
      '.env.production': `# demarc:ignore app-config-debug-enabled staging mirror, never serves customers
DEBUG=true
`
    }
    const report = await scanTexts({}, head)
    const byRule = Object.fromEntries(report.findings.map(f => [f.ruleId, f.suppressed]))
    expect(byRule).toMatchObject({
      'k8s-container-privileged': true,
      'docker-runs-as-root': true,
      'app-config-debug-enabled': true
    })
  })
})

describe('suppressed findings in the outputs', () => {
  test('the markdown summary and the terminal report show the reason and where it is written', async () => {
    const { renderMarkdown } = await import('../../src/render/markdown.js')
    const { renderTerminal } = await import('../../src/render/terminal.js')
    const report = await scanTexts(
      {},
      { 'main.tf': SSH('# demarc:ignore vpc-security-group-ssh-open reached only from the <VPN> range') }
    )
    expect(renderMarkdown(report)).toContain(
      '_Suppressed (inline, `main.tf:1`): reached only from the &lt;VPN&gt; range_'
    )
    expect(renderTerminal(report, { color: false })).toContain(
      'Suppressed at main.tf:1: reached only from the <VPN> range'
    )
  })
})
