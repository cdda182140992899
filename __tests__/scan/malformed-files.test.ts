import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../helpers/scan-texts.js'

/** One broken file of every format in one pull request: an error each, with its line, and the scan goes on. */
const BROKEN: Record<string, string> = {
  'infra/main.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n',
  'templates/app.yaml':
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n   Properties: {}\n",
  'cdk.out/App.template.json': '{\n  "Resources": {\n    "Logs": { "Type": "AWS::S3::Bucket", }\n  }\n}\n',
  'deploy/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  name: api-2\n',
  'docker-compose.yml': 'services:\n  web:\n    image: nginx\n   ports: ["80:80"]\n',
  'serverless.yml': 'service: orders\nprovider:\n  name: aws\n  runtime: [python3.12\n',
  'app/Dockerfile': 'FROM node:22\nRUN <<EOF\necho never closed\n',
  'app/.env.production': 'NODE_ENV=production\nthis line is not a setting\n',
  'config/settings.json': '{\n  "debug": true,\n  "debug": false\n}\n'
}

const GOOD = {
  'network/main.tf': `resource "aws_security_group" "ssh" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`
}

describe('a malformed file of each format', () => {
  test('gives one error with its line, and every other file is still scanned', async () => {
    const report = await scanTexts({}, { ...BROKEN, ...GOOD })
    const errored = [...new Set(report.errors.map(e => e.file))].sort()
    expect(errored).toEqual(Object.keys(BROKEN).sort())
    for (const error of report.errors) {
      expect(error.line).toEqual(expect.any(Number))
      expect(error.message.length).toBeGreaterThan(10)
    }
    expect(report.findings.map(f => `${f.ruleId} ${f.file}:${f.line} ${f.status}`)).toContain(
      'vpc-security-group-ssh-open network/main.tf:2 new'
    )
  })
})
