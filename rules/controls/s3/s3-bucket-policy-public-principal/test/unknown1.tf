resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

# the policy text interpolates the bucket ARN, so it cannot be read statically
resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "${aws_s3_bucket.reports.arn}/*"
    }
  ]
}
POLICY
}
