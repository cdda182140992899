variable "object_ownership" {
  type        = string
  description = "Object ownership of the shared bucket"
}

resource "aws_s3_bucket_ownership_controls" "shared" {
  bucket = "acme-shared"

  rule {
    object_ownership = var.object_ownership
  }
}
