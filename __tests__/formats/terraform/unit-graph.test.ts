import { describe, expect, test } from '@jest/globals'
import { PARSERS } from '../../../src/formats/index.js'
import { buildUnitGraph, callersOf, standaloneUnits } from '../../../src/pipeline/unit-graph.js'
import { memorySnapshot } from '../../helpers/scan-texts.js'

const call = (source: string): string => `module "m" {\n  source = "${source}"\n}\n`

function ids(set: Iterable<string>): string[] {
  return [...set].map(id => id.replace('terraform\0', '')).sort()
}

describe('the graph of Terraform directories', () => {
  const files = {
    'live/main.tf': call('../modules/app'),
    'modules/app/main.tf': call('../db'),
    'modules/db/main.tf': 'resource "aws_db_instance" "d" {}\n',
    'loop/a/main.tf': call('../b'),
    'loop/b/main.tf': call('../a'),
    'alone/main.tf': 'resource "aws_kms_key" "k" {}\n',
    'excluded/main.tf': call('../modules/db'),
    'README.md': 'not Terraform'
  }

  test('links each directory to the local modules it calls, among those in scope', async () => {
    const graph = await buildUnitGraph(memorySnapshot(files), PARSERS, path => !path.startsWith('excluded/'))
    expect(ids(graph.units.keys())).toEqual([
      'alone',
      'live',
      'loop/a',
      'loop/b',
      'modules/app',
      'modules/db'
    ])
    expect(ids(graph.excluded)).toEqual(['excluded'])
    expect(ids(graph.calls.get('terraform\0live') ?? [])).toEqual(['modules/app'])
  })

  test('directories nothing calls are parsed on their own, and one of a loop; callers are found through modules', async () => {
    const graph = await buildUnitGraph(memorySnapshot(files), PARSERS, () => true)
    expect(ids(standaloneUnits(graph))).toEqual(['alone', 'excluded', 'live', 'loop/a'])
    expect(ids(callersOf(graph, ['terraform\0modules/db']))).toEqual(['excluded', 'live', 'modules/app'])
  })
})
