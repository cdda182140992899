resource "aws_iam_user" "legacy_backup" {
  name = "legacy-backup"
}

# the old key is kept inactive for a week while the backup agent moves to an instance role
resource "aws_iam_access_key" "legacy_backup" {
  user   = aws_iam_user.legacy_backup.name
  status = "Inactive"
}
