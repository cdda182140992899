resource "aws_s3_bucket" "partner_uploads" {
  bucket = "acme-partner-uploads"
}

resource "aws_s3_bucket_ownership_controls" "partner_uploads" {
  bucket = aws_s3_bucket.partner_uploads.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
