resource "aws_iam_policy" "read_logs" {
  name = "read-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "arn:aws:s3:::acme-scratch/*"
      }
    ]
  })
}

# a deny-all guard rail is not an admin grant
resource "aws_iam_role_policy" "quarantine" {
  name = "quarantine"
  role = "compromised"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]
}
EOF
}

data "aws_iam_policy_document" "deny_all" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "s3_only" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
