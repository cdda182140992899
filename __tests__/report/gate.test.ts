import { describe, expect, test } from '@jest/globals'
import type { Finding } from '../../src/model.js'
import { atLeast, decideGate } from '../../src/report/gate.js'

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'r',
    title: 't',
    file: 'main.tf',
    line: 1,
    endLine: 1,
    address: 'a.b',
    type: 'a',
    format: 'terraform',
    status: 'new',
    severity: 'high',
    row: 'access-restriction',
    owner: 'customer',
    suppressed: false,
    references: [],
    message: 'm',
    explanation: 'e',
    remediation: 'r',
    fingerprint: 'f',
    ...over
  }
}

const policy = { failOn: 'high', owners: ['customer', 'shared'] } as const

describe('decideGate', () => {
  test('fails on a new finding at the threshold for a gated owner', () => {
    const gate = decideGate([finding({ severity: 'high' })], policy)
    expect(gate.conclusion).toBe('failure')
    expect(gate.reason).toContain('1 new finding at high or above')
  })

  test('neutral when new findings stay below the threshold', () => {
    expect(decideGate([finding({ severity: 'medium' })], policy).conclusion).toBe('neutral')
  })

  test('neutral when the owner is not gated', () => {
    expect(decideGate([finding({ owner: 'aws', severity: 'critical' })], policy).conclusion).toBe('neutral')
  })

  test('existing, fixed and suppressed findings never gate', () => {
    const findings = [
      finding({ status: 'existing', severity: 'critical' }),
      finding({ status: 'fixed', severity: 'critical' }),
      finding({ suppressed: true, severity: 'critical' })
    ]
    expect(decideGate(findings, policy)).toEqual({ conclusion: 'success', reason: 'no new findings' })
  })

  test('never only reports', () => {
    const gate = decideGate([finding({ severity: 'critical' })], { failOn: 'never', owners: ['customer'] })
    expect(gate.conclusion).toBe('neutral')
    expect(gate.reason).toContain('fail-on is never')
  })

  test('severity order', () => {
    expect(atLeast('critical', 'high')).toBe(true)
    expect(atLeast('high', 'high')).toBe(true)
    expect(atLeast('medium', 'high')).toBe(false)
    expect(atLeast('info', 'low')).toBe(false)
  })
})
