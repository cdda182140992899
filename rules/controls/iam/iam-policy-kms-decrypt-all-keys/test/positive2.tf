data "aws_iam_policy_document" "secrets_reader" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/*"]
  }

  statement {
    actions   = ["kms:*"]
    resources = ["*"]
  }
}
