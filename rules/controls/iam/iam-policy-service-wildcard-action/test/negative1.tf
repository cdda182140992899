resource "aws_iam_policy" "reports_bucket" {
  name = "reports-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::acme-reports/*"
      },
      {
        Effect   = "Allow"
        Action   = "ec2:Describe*"
        Resource = "*"
      }
    ]
  })
}

# a guard rail that denies a whole service is not a grant
data "aws_iam_policy_document" "no_iam_changes" {
  statement {
    effect    = "Deny"
    actions   = ["iam:*"]
    resources = ["*"]
  }
}
