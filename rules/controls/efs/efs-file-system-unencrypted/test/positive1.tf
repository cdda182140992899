resource "aws_efs_file_system" "uploads" {
  creation_token   = "uploads"
  performance_mode = "generalPurpose"

  tags = {
    Name = "uploads"
  }
}

resource "aws_efs_file_system" "build_cache" {
  creation_token = "build-cache"
  encrypted      = false
}
