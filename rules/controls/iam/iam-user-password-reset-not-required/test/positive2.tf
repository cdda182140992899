resource "aws_iam_user" "support" {
  name = "support-desk"
}

resource "aws_iam_user_login_profile" "support" {
  user                    = aws_iam_user.support.name
  password_length         = 24
  password_reset_required = false
}
