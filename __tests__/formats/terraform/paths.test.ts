import { describe, expect, test } from '@jest/globals'
import { terraformParser } from '../../../src/formats/terraform/index.js'

describe('claimsPath', () => {
  test.each([
    ['main.tf', 'yes'],
    ['infra/s3/main.tf', 'yes'],
    ['terraform.tfvars', 'yes'],
    ['env/prod.auto.tfvars', 'yes'],
    ['env/custom.tfvars', 'yes'],
    ['main.tf.json', 'no'],
    ['README.md', 'no'],
    ['main.tfstate', 'no'],
    ['tf', 'no'],
    ['.tf', 'no'],
    ['dir.tf/readme.txt', 'no']
  ])('%s → %s', (path, claim) => {
    expect(terraformParser.claimsPath(path)).toBe(claim)
  })
})

describe('unitOf', () => {
  test.each([
    ['main.tf', '.'],
    ['./main.tf', '.'],
    ['infra/s3/main.tf', 'infra/s3'],
    ['infra/s3/terraform.tfvars', 'infra/s3'],
    ['modules/vpc/variables.tf', 'modules/vpc']
  ])('%s → %s', (path, unit) => {
    expect(terraformParser.unitOf(path)).toBe(unit)
  })

  test('the format is terraform', () => {
    expect(terraformParser.format).toBe('terraform')
  })
})
