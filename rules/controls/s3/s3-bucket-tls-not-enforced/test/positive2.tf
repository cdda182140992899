# denies only requests that DO use TLS: the condition is the wrong way round
resource "aws_s3_bucket" "inverted" {
  bucket = "acme-inverted"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": "arn:aws:s3:::acme-inverted/*",
      "Condition": {"Bool": {"aws:SecureTransport": "true"}}
    }
  ]
}
POLICY
}
