variable "auto_enable_new_controls" {
  type = bool
}

resource "aws_securityhub_account" "main" {
  auto_enable_controls = var.auto_enable_new_controls
}
