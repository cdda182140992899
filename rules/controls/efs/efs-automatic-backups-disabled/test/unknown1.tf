variable "backup_status" {
  description = "ENABLED or DISABLED"
  type        = string
}

resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = true
}

resource "aws_efs_backup_policy" "uploads" {
  file_system_id = aws_efs_file_system.uploads.id

  backup_policy {
    status = var.backup_status
  }
}
