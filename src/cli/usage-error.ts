/** The command line asks for something Demarc cannot do: exit 2, with the message and the usage. */
export class UsageError extends Error {}
