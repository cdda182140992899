resource "aws_iam_user" "auditor" {
  name = "external-auditor"
}

resource "aws_iam_user_login_profile" "auditor" {
  user                    = aws_iam_user.auditor.name
  pgp_key                 = "keybase:acme_security"
  password_reset_required = true
}
