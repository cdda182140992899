resource "aws_iam_policy" "report_reader" {
  name = "report-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "arn:aws:s3:::acme-reports/*"
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey"]
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role_policy" "backup_restore" {
  name = "backup-restore"
  role = "backup-operator"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "kms:ReEncrypt*",
      "Resource": "arn:aws:kms:eu-west-1:111122223333:key/*"
    }
  ]
}
EOF
}
