resource "aws_kms_key" "files" {
  description         = "Shared file storage"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = true
  kms_key_id     = aws_kms_key.files.arn
}

variable "encrypt_build_cache" {
  type    = bool
  default = true
}

resource "aws_efs_file_system" "build_cache" {
  creation_token = "build-cache"
  encrypted      = var.encrypt_build_cache
}
