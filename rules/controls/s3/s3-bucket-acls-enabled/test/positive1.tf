resource "aws_s3_bucket" "partner_uploads" {
  bucket = "acme-partner-uploads"
}

resource "aws_s3_bucket_ownership_controls" "partner_uploads" {
  bucket = aws_s3_bucket.partner_uploads.id

  rule {
    object_ownership = "ObjectWriter"
  }
}

resource "aws_s3_bucket_acl" "partner_uploads" {
  depends_on = [aws_s3_bucket_ownership_controls.partner_uploads]
  bucket     = aws_s3_bucket.partner_uploads.id
  acl        = "private"
}
