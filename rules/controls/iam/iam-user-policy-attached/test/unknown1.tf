variable "service_user" {
  type        = string
  description = "IAM user the reporting job runs as"
}

resource "aws_iam_user_policy_attachment" "reporting" {
  user       = var.service_user
  policy_arn = "arn:aws:iam::aws:policy/AmazonAthenaFullAccess"
}
