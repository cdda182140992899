import type { Owner, Resource } from '../model.js'

/** How an owner reads in a sentence addressed to the customer. */
export function ownerWord(owner: Owner): string {
  return owner === 'aws' ? 'AWS' : owner === 'customer' ? 'you' : 'AWS and you'
}

/** `aws_db_instance.main in db/main.tf line 12` */
export function located(resource: Resource, line: number = resource.span.line): string {
  return `${resource.address} in ${resource.file} line ${line}`
}

/**
 * `aws_instance.db (removed from db/main.tf line 3)`, a resource that is only
 * in base; `notes` (what it was) go inside the brackets.
 */
export function removedFrom(resource: Resource, notes: readonly string[] = []): string {
  const where = [`removed from ${resource.file} line ${resource.span.line}`, ...notes].join(', ')
  return `${resource.address} (${where})`
}

/** The end of every shift sentence: `so database patching moves from AWS to you.` */
export function moves(label: string, from: Owner, to: Owner): string {
  return `so ${label} moves from ${ownerWord(from)} to ${ownerWord(to)}.`
}

/**
 * A whole shift sentence: what changed (naming the resource, its file and
 * line), why the row moves, and where it moves:
 * `<what>: <reason>, so <row> moves from <from> to <to>.`
 */
export function shiftSentence(
  what: string,
  reason: string | undefined,
  label: string,
  from: Owner,
  to: Owner
): string {
  return reason === undefined
    ? `${what}, ${moves(label, from, to)}`
    : `${what}: ${reason}, ${moves(label, from, to)}`
}
