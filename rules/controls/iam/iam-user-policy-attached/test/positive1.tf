resource "aws_iam_user" "deploy" {
  name = "deploy"
}

resource "aws_iam_user_policy" "deploy_artifacts" {
  name = "deploy-artifacts"
  user = aws_iam_user.deploy.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject"]
      Resource = "arn:aws:s3:::acme-artifacts/*"
    }]
  })
}

resource "aws_iam_user_policy_attachment" "deploy_readonly" {
  user       = aws_iam_user.deploy.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
