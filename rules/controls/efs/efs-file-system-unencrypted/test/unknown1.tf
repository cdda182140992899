variable "encrypted" {
  type = bool
}

resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = var.encrypted
}
