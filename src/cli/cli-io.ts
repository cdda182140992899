export interface CliIo {
  cwd: string
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
  /** The clock for the configuration's ignore expiry dates; default the system's. */
  now?: () => Date
}
