resource "aws_s3_bucket" "unversioned" {
  bucket = "acme-unversioned"
}

resource "aws_s3_bucket" "suspended" {
  bucket = "acme-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id

  versioning_configuration {
    status = "Suspended"
  }
}
