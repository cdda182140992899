resource "aws_iam_policy" "billing_reports" {
  name = "billing-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ce:GetCostAndUsage"]
      Resource = "*"
    }]
  })
}

# attached to a group, and to two users as well
resource "aws_iam_policy_attachment" "billing_reports" {
  name       = "billing-reports"
  policy_arn = aws_iam_policy.billing_reports.arn
  groups     = ["finance"]
  users      = ["alice", "bob"]
}
