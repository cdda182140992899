resource "aws_kms_key" "reports" {
  description         = "Reports bucket"
  enable_key_rotation = true
}

resource "aws_iam_policy" "report_reader" {
  name = "report-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt"]
        Resource = "arn:aws:kms:eu-west-1:111122223333:key/0b7e4f2a-5c1d-4e8b-9a3f-6d2c1e0f9a8b"
      },
      {
        # describing and listing every key reveals no data
        Effect   = "Allow"
        Action   = ["kms:DescribeKey", "kms:ListAliases"]
        Resource = "*"
      },
      {
        # encrypting with any key does not decrypt
        Effect   = "Allow"
        Action   = ["kms:Encrypt", "kms:ReEncryptTo", "kms:GenerateDataKey"]
        Resource = "*"
      }
    ]
  })
}

data "aws_iam_policy_document" "no_decrypt" {
  statement {
    effect    = "Deny"
    actions   = ["kms:Decrypt"]
    resources = ["*"]
  }
}
