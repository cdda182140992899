variable "smtp_key_status" {
  type    = string
  default = "Active"
}

resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user    = aws_iam_user.smtp.name
  pgp_key = "keybase:acme_ops"
  status  = var.smtp_key_status
}
