resource "aws_s3_bucket" "unguarded" {
  bucket = "acme-unguarded"
}

resource "aws_s3_bucket" "relaxed" {
  bucket = "acme-relaxed"
}

resource "aws_s3_bucket_public_access_block" "relaxed" {
  bucket = aws_s3_bucket.relaxed.id

  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}
