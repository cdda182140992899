#!/usr/bin/env node
// Placeholder until the CLI lands; replaced in the pipeline commit.
export {}
