resource "aws_s3_bucket_policy" "dropbox" {
  bucket = "acme-dropbox"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OwnerRead",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::acme-dropbox/*"
    },
    {
      "Sid": "AnyoneWrites",
      "Effect": "Allow",
      "Principal": {"AWS": "*"},
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-dropbox/*"
    }
  ]
}
POLICY
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::111122223333:root", "*"] }
      Action    = ["s3:GetObject"]
      Resource  = "arn:aws:s3:::acme-legacy/*"
    }
  })
}
