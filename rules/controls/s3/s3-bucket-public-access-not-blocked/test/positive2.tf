resource "aws_s3_bucket" "partial" {
  bucket = "acme-partial"
}

# ignore_public_acls and restrict_public_buckets default to false
resource "aws_s3_bucket_public_access_block" "partial" {
  bucket = aws_s3_bucket.partial.id

  block_public_acls   = true
  block_public_policy = true
}

resource "aws_s3_bucket" "misnamed" {
  bucket = "acme-misnamed"
}

# guards a different bucket, so acme-misnamed is not covered
resource "aws_s3_bucket_public_access_block" "elsewhere" {
  bucket = "acme-somewhere-else"

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
