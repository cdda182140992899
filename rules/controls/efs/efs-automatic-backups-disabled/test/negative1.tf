resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = true
}

resource "aws_efs_backup_policy" "uploads" {
  file_system_id = aws_efs_file_system.uploads.id

  backup_policy {
    status = "ENABLED"
  }
}

# One Zone: backed up by default
resource "aws_efs_file_system" "scratch" {
  creation_token         = "scratch"
  encrypted              = true
  availability_zone_name = "eu-west-1a"
}
