variable "force_password_change" {
  type = bool
}

resource "aws_iam_user_login_profile" "contractor" {
  user                    = "contractor"
  pgp_key                 = "keybase:acme_security"
  password_reset_required = var.force_password_change
}
