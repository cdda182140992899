# a One Zone file system whose default backups were turned off
resource "aws_efs_file_system" "scratch" {
  creation_token         = "scratch"
  encrypted              = true
  availability_zone_name = "eu-west-1a"
}

resource "aws_efs_backup_policy" "scratch" {
  file_system_id = aws_efs_file_system.scratch.id

  backup_policy {
    status = "DISABLED"
  }
}
