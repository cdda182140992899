resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = true
}

resource "aws_efs_file_system" "reports" {
  creation_token = "reports"
  encrypted      = true
}

resource "aws_efs_backup_policy" "reports" {
  file_system_id = aws_efs_file_system.reports.id

  backup_policy {
    status = "DISABLED"
  }
}
