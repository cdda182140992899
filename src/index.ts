// Placeholder until the action lands; replaced in the pipeline commit.
export {}
