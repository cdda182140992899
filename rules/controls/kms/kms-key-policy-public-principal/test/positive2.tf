resource "aws_kms_key" "media" {
  description         = "Media library"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "media" {
  key_id = aws_kms_key.media.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AccountAdmin",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "Everyone",
      "Effect": "Allow",
      "Principal": "*",
      "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
      "Resource": "*"
    }
  ]
}
EOF
}
