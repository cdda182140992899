/** A repository's own control, as a team would write it under a rule-dirs folder. */
export const CUSTOM_RULE = `id: acme-s3-bucket-owner-tag-missing
title: S3 bucket does not name its owning team
row: data-protection
severity: medium
references: []
explanation: >-
  Every bucket names the team that owns its data, so that a question about the data reaches someone.
remediation: Add tags = { owner = "<team>" } to the bucket.
formats:
  terraform:
    types: [aws_s3_bucket]
    assert:
      attr: tags.owner
      exists: true
`
