resource "aws_iam_user" "ci" {
  name = "ci-publisher"
  path = "/automation/"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

output "ci_secret_access_key" {
  value     = aws_iam_access_key.ci.secret
  sensitive = true
}
