/** A JSON pointer (`/formats/terraform/assert/all/1`) as a key path (`formats.terraform.assert.all[1]`). */
export function keyPathOf(pointer: string): string {
  if (pointer === '') return ''
  let path = ''
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    path = /^\d+$/.test(segment) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`
  }
  return path
}
