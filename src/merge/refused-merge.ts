/** Reports that do not belong to one run, or cannot be read: the message names the files and what differs. */
export class RefusedMerge extends Error {
  constructor(why: string) {
    super(`cannot merge the reports: ${why}`)
    this.name = 'RefusedMerge'
  }
}
